package fr.sessiontp.evaluation;

import fr.sessiontp.security.CurrentUser;
import java.util.List;
import java.util.Map;

/**
 * The evaluation module's API for recording the jury pair's work from outside its pages (the demo's session already
 * held): the same use cases, rules and lifecycle gate as the deliberation pages, for the jury member {@code user}.
 */
public interface JuryDecisions {

    /** The synthesis grid's answers (competence id → mastered) for a candidate (D3). */
    void synthesis(CurrentUser user, long sessionId, long candidateId, Map<Long, Boolean> answers);

    /** The pair's outcome for a candidate (D4, D5); the first one moves the session to deliberation. */
    void decide(CurrentUser user, long sessionId, long candidateId, Outcome outcome, List<String> certificateCodes,
                String observations, String recommendations);
}
