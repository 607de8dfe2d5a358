package fr.sessiontp.session;

import fr.sessiontp.security.CurrentUser;
import java.util.List;
import java.util.Optional;

/**
 * The session module's API. Every change is checked against the staffing rules (S2, S3, S4, S5, X2) and the centre's
 * accreditation, and recorded in the audit trail. A refused change throws
 * {@link fr.sessiontp.common.RuleViolationException} (a catalogue rule) or
 * {@link fr.sessiontp.common.InputRejectedException} (malformed input, unknown or foreign ids); unknown sessions throw
 * {@link java.util.NoSuchElementException}.
 */
public interface Sessions {

    /** A session's full view, whoever asks (for other modules); pages use {@link #sessionVisibleTo}. */
    Optional<SessionView> session(long sessionId);

    /** A session's full view if the user may see it (their centre, their pair, their proctoring, their region…). */
    Optional<SessionView> sessionVisibleTo(CurrentUser user, long sessionId);

    /** The sessions the user takes part in or oversees, latest start first, one page at a time (page from 0). */
    List<SessionSummary> sessionsVisibleTo(CurrentUser user, int page, int pageSize);

    long countSessionsVisibleTo(CurrentUser user);

    /** Creates a PLANNED session at a centre; returns its id. */
    long createSession(long centreId, SessionDetails details);

    void editSession(long sessionId, SessionDetails details);

    void enrolCandidate(long sessionId, long candidateId);

    void withdrawCandidate(long sessionId, long candidateId);

    /** Forms a jury pair (binôme) of two habilitated members; returns the pair's id. */
    long formJuryPair(long sessionId, long memberAId, long memberBId);

    void dissolveJuryPair(long sessionId, long pairId);

    /** Assigns an enrolled candidate to a jury pair of the session, or unassigns them with {@code null}. */
    void assignCandidateToPair(long sessionId, long candidateId, Long pairId);

    void assignProctor(long sessionId, long proctorId);

    void removeProctor(long sessionId, long proctorId);
}
