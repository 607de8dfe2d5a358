package fr.sessiontp.security;

/** The roles of SessionTP users. */
public enum Role {
    /** Centre staff: manage the centre's sessions, people and rooms. */
    ADMIN,
    /** Responsable de session: runs the sessions they are named on. */
    SESSION_MANAGER,
    /** Habilitated jury member: evaluates the candidates of their pair. */
    JURY,
    /** Surveillant: proctors épreuves held without the jury. */
    PROCTOR,
    /** Formateur: sees the sessions of the candidates they trained. */
    TRAINER,
    /** DREETS/DDETS: receives the reports of their region and notifies results. */
    AUTHORITY;

    public String authority() {
        return "ROLE_" + name();
    }
}
