package fr.sessiontp.centre;

/** The kinds of room the épreuve templates ask for. */
public enum RoomKind {
    SALLE, ATELIER, INFORMATIQUE, JURY
}
