package fr.sessiontp.people;

/** How a candidate comes to the session: formation, VAE, or équivalence / correspondance. */
public enum AccessRoute {
    TRAINING, VAE, EQUIVALENCE
}
