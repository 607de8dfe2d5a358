package fr.sessiontp.session;

import fr.sessiontp.common.Decision;
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

    /** A session's full view if the user is staff (ADMIN or SESSION_MANAGER) of its centre, the ones who run it. */
    Optional<SessionView> sessionManagedBy(CurrentUser user, long sessionId);

    /** The sessions the user takes part in or oversees, latest start first, one page at a time (page from 0). */
    List<SessionSummary> sessionsVisibleTo(CurrentUser user, int page, int pageSize);

    long countSessionsVisibleTo(CurrentUser user);

    /** Creates a PLANNED session at a centre; returns its id. */
    long createSession(long centreId, SessionDetails details);

    void editSession(long sessionId, SessionDetails details);

    void enrolCandidate(long sessionId, long candidateId);

    /** Enrols several candidates of the session's centre at once, all or none (each checked as one enrolment). */
    void enrolCandidates(long sessionId, List<Long> candidateIds);

    void withdrawCandidate(long sessionId, long candidateId);

    /** Forms a jury pair (binôme) of two habilitated members; returns the pair's id. */
    long formJuryPair(long sessionId, long memberAId, long memberBId);

    void dissolveJuryPair(long sessionId, long pairId);

    /** Assigns an enrolled candidate to a jury pair of the session, or unassigns them with {@code null}. */
    void assignCandidateToPair(long sessionId, long candidateId, Long pairId);

    void assignProctor(long sessionId, long proctorId);

    void removeProctor(long sessionId, long proctorId);

    // ---- lifecycle ----

    /**
     * The generic status route of the session page, guarded by the lifecycle as every move (see {@link SessionGate});
     * a move that belongs to a flow is refused with its rule (IN_PROGRESS: O3, the envelope check first;
     * REPORTS_SIGNED: D8 countersignature; TRANSMITTED: A1 transmission; VALIDATED: D9, the authority only; ARCHIVED:
     * X7, the closing page). A cancellation needs its reason.
     */
    void changeStatusByHand(long sessionId, SessionStatus target, String reason);

    /** The statuses a session in {@code status} may move to. */
    List<SessionStatus> nextStatuses(SessionStatus status);

    /** The statuses the session page's generic buttons offer: the next ones that no flow owns. */
    List<SessionStatus> manualNextStatuses(SessionStatus status);

    /** The reason recorded with the session's last status change, if any (e.g. why it was cancelled). */
    Optional<String> statusReason(long sessionId);

    // ---- the staffing rules again on the day (same policies) ----

    /** S5 then S4: whether this proctor may proctor an épreuve of the session today. */
    Decision proctorMayActOnTheDay(long sessionId, long proctorId);

    /** S4: whether this trainer may be on the plateau technique of the session (unless the RE allows it). */
    Decision trainerMayBeOnPlateau(long sessionId, long trainerId);

    /** S3: whether this jury member has no declared link with the candidates their pair evaluates. */
    Decision juryMemberHasNoLink(long sessionId, long juryMemberId);
}
