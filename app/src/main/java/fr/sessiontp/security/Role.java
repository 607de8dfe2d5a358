package fr.sessiontp.security;

/** The roles of SessionTP users. */
public enum Role {
    /** Platform administrator: sets up the centres and their first accounts; sees no session's content. */
    PLATFORM_ADMIN,
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
    AUTHORITY,
    /**
     * Another system of a centre (its ERP, its LMS…) calling the REST API under {@code /api} with a bearer token the
     * centre's ADMIN created; acts for that centre only, never logs in to the pages.
     */
    API_CLIENT;

    /** The roles of people who log in to the pages: every role but {@link #API_CLIENT}. */
    public static Role[] interactive() {
        return java.util.Arrays.stream(values()).filter(role -> role != API_CLIENT).toArray(Role[]::new);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
