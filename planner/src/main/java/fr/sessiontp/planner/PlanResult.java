package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.Solution.Metrics;
import fr.sessiontp.planner.validation.ValidationReport;

import java.util.List;

/**
 * The result of {@link Planner#plan} or {@link Planner#replan}.
 *
 * @param solution            the déroulé (with metrics), or null when nothing feasible could be shown
 * @param metrics             its metrics (null with no solution)
 * @param feasible            true only when the independent validator accepts the solution
 * @param explanation         French lines: broken hard constraints (number, rule ID, how much), costs
 * @param infeasibleReasons   French reasons found by the pre-check (empty when none)
 * @param validation          the independent validator's report (null with no solution)
 * @param firstFeasibleMillis time to the first feasible solution (null if none)
 * @param totalMillis         total solving time
 */
public record PlanResult(Solution solution, Metrics metrics, boolean feasible, List<String> explanation,
                         List<String> infeasibleReasons, ValidationReport validation, Long firstFeasibleMillis,
                         long totalMillis) {
    public PlanResult {
        explanation = List.copyOf(explanation);
        infeasibleReasons = List.copyOf(infeasibleReasons);
    }
}
