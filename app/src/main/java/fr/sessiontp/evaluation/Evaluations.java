package fr.sessiontp.evaluation;

import java.util.Map;
import java.util.Optional;

/**
 * The evaluation module's API: for the reports module, the outcome the jury decided for a candidate; for the retention
 * module, the grids the session file holds and their purge once the retention period has run out (A2).
 */
public interface Evaluations {

    /** The decided outcome of a candidate at a session, if the jury has decided one. */
    Optional<CandidateOutcome> outcome(long sessionId, long candidateId);

    /**
     * The jury's grids held for a session (observation grids, final interview grid, synthesis grid lines), counted per
     * candidate; candidates without any grid are absent from the map.
     */
    Map<Long, Integer> gridCounts(long sessionId);

    /**
     * Deletes every grid of the session and returns how many were deleted per candidate (empty when nothing was left:
     * a second call deletes nothing). The deliberation row (the outcome the PVs record) is kept. Called only by the
     * retention module's A2 purge, after its policy allowed it (the retention period has run out); joins the caller's
     * transaction.
     */
    Map<Long, Integer> purgeGrids(long sessionId);
}
