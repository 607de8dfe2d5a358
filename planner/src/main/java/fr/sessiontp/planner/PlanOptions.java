package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Solution.Sitting;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Options of a planning run.
 *
 * @param timeLimit          total time budget
 * @param unimprovedLimit    stop early when the best solution has not improved for this long
 * @param seed               random seed (same seed and same counts: same result)
 * @param pinned             sittings kept exactly as given (pinned by hand)
 * @param pinnedAssignments  candidate id → pair index kept (e.g. from a previous déroulé)
 * @param greedyRestarts     optional fixed number of greedy builds (reproducible runs)
 * @param stepLimit          optional fixed number of local-search steps (reproducible runs)
 */
public record PlanOptions(Duration timeLimit, Duration unimprovedLimit, long seed, List<Sitting> pinned,
                          Map<String, Integer> pinnedAssignments, Integer greedyRestarts, Integer stepLimit) {

    public PlanOptions {
        pinned = pinned == null ? List.of() : List.copyOf(pinned);
        pinnedAssignments = pinnedAssignments == null ? Map.of() : Map.copyOf(pinnedAssignments);
    }

    public static PlanOptions defaults() {
        return new PlanOptions(Duration.ofSeconds(10), Duration.ofSeconds(3), 0L, List.of(), Map.of(), null, null);
    }

    public PlanOptions withTimeLimit(Duration d) {
        return new PlanOptions(d, unimprovedLimit, seed, pinned, pinnedAssignments, greedyRestarts, stepLimit);
    }

    public PlanOptions withUnimprovedLimit(Duration d) {
        return new PlanOptions(timeLimit, d, seed, pinned, pinnedAssignments, greedyRestarts, stepLimit);
    }

    public PlanOptions withSeed(long s) {
        return new PlanOptions(timeLimit, unimprovedLimit, s, pinned, pinnedAssignments, greedyRestarts, stepLimit);
    }

    public PlanOptions withPinned(List<Sitting> p, Map<String, Integer> assignments) {
        return new PlanOptions(timeLimit, unimprovedLimit, seed, p, assignments, greedyRestarts, stepLimit);
    }

    /** Count-based limits instead of time-based ones: the same seed then gives the same result. */
    public PlanOptions reproducible(int restarts, int steps) {
        return new PlanOptions(timeLimit, unimprovedLimit, seed, pinned, pinnedAssignments, restarts, steps);
    }
}
