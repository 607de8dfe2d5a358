package fr.sessiontp.centre;

/**
 * A room of a centre. {@code kind} is SALLE, ATELIER, INFORMATIQUE, JURY…; a confidential room keeps the jury's
 * exchanges private (P7).
 */
public record Room(long id, long centreId, String code, String name, String kind, int capacity, boolean confidential) {
}
