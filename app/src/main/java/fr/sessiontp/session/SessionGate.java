package fr.sessiontp.session;

import fr.sessiontp.security.CurrentUser;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;

/**
 * The session's one guarded lifecycle, for the modules that act on a session's day and after it. Every move of the
 * session and every gated action asks the lifecycle ({@code session.domain.SessionLifecycle}), which decides from the
 * session's recorded facts (who recorded, when), its dates and the application's clock; a refusal throws
 * {@link fr.sessiontp.common.RuleViolationException} with the rule and its French message. Facts are recorded, and
 * moves made, in the caller's transaction, so that an action and its fact stand or fall together.
 */
public interface SessionGate {

    /** Records a fact of the session's life by the acting user, now; {@code subjectId} names whom it is about. */
    void record(long sessionId, SessionFact fact, Long subjectId);

    /** Whether the action is allowed now, with the rule and message when it is not. */
    Decision check(long sessionId, SessionAction action);

    /** As {@link #check}, throwing the refusal. */
    default void require(long sessionId, SessionAction action) {
        check(sessionId, action).orThrow();
    }

    // ---- the moves of the session's flows, each guarded ----

    /** PLANNED → CONVENED. */
    void convene(long sessionId);

    /** CONVENED → OPENED: on one of the session's days, with two habilitated jury members in its pairs (S2). */
    void open(long sessionId);

    /** OPENED → IN_PROGRESS: the envelopes checked sealed (O3), two habilitated members present at reception (S2). */
    void startEpreuves(long sessionId);

    /** Cancels the session, for {@code cause} (e.g. O3 unsealed envelopes) and with its reason. */
    void cancel(long sessionId, RuleId cause, String reason);

    /** IN_PROGRESS → DELIBERATION: on the session's last day or after. */
    void startDeliberation(long sessionId);

    /** DELIBERATION (or sent back) → REPORTS_SIGNED: the general PV countersigned (D8). */
    void reportsSigned(long sessionId);

    /** REPORTS_SIGNED → TRANSMITTED (A1): after the session's end. */
    void transmitted(long sessionId);

    /**
     * TRANSMITTED → VALIDATED (D9), which releases the results, along one path: the authority in its space, or the
     * centre recording the authority's validation received outside SessionTP; refused when {@code actor} may not take
     * that path.
     */
    void validated(long sessionId, ValidationPath path, CurrentUser actor);

    /** TRANSMITTED → REPORTS_SIGNED (A1): sent back by the authority for a correction. */
    void sentBack(long sessionId, String reason);

    /** VALIDATED → ARCHIVED (X7). */
    void archived(long sessionId);
}
