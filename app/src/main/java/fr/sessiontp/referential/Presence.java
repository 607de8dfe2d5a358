package fr.sessiontp.referential;

/** Who watches an épreuve: the jury pair, or a proctor (surveillant). */
public enum Presence {
    JURY, SURVEILLANT
}
