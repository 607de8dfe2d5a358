package fr.sessiontp.session;

/**
 * Where a session is in its life: PLANNED when created, then CONVENED, OPENED (day one, S2), IN_PROGRESS,
 * DELIBERATION, REPORTS_SIGNED, TRANSMITTED (to the territorial authority), VALIDATED (by the authority, which releases
 * the results, D9), ARCHIVED; or CANCELLED (e.g. unsealed envelopes, O3). The allowed moves
 * are decided by {@code session.domain.SessionLifecycle}.
 */
public enum SessionStatus {
    PLANNED, CONVENED, OPENED, IN_PROGRESS, DELIBERATION, REPORTS_SIGNED, TRANSMITTED, VALIDATED, ARCHIVED, CANCELLED;

    /** Before the opening: enrolments and staff may still change. */
    public boolean isBeforeOpening() {
        return this == PLANNED || this == CONVENED;
    }

    /** On site: opened or épreuves in progress. */
    public boolean isOnSite() {
        return this == OPENED || this == IN_PROGRESS;
    }
}
