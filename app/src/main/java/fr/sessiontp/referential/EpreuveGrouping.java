package fr.sessiontp.referential;

/** How candidates sit an épreuve: all together, in groups of a given size, or one by one. */
public enum EpreuveGrouping {
    ALL, GROUP, INDIVIDUAL
}
