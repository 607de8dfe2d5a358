package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Messages;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.Solution.Metrics;
import fr.sessiontp.planner.replan.ReplanRequest;
import fr.sessiontp.planner.replan.ReplanResult;
import fr.sessiontp.planner.replan.Replanner;
import fr.sessiontp.planner.solver.Pins;
import fr.sessiontp.planner.solver.PreCheck;
import fr.sessiontp.planner.solver.SolverEngine;
import fr.sessiontp.planner.validation.ValidationReport;
import fr.sessiontp.planner.validation.Validator;
import fr.sessiontp.planner.validation.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The planner's facade: plan, re-plan, validate. One instance per run when you need
 * {@link #terminateEarly()} (it stops that instance's current run and keeps the best so far).
 * Plain Java, thread-safe for one run at a time per instance.
 */
public final class Planner {
    private final SolverEngine engine = new SolverEngine();

    /** Plans a déroulé. Infeasible problems come back with {@code feasible == false} and French reasons. */
    public PlanResult plan(Problem problem, PlanOptions options, ProgressListener listener) {
        ProgressListener l = listener == null ? ProgressListener.NONE : listener;
        long t0 = System.nanoTime();
        List<String> reasons = PreCheck.reasons(problem);
        if (!reasons.isEmpty()) {
            return new PlanResult(null, null, false, List.of(), reasons, null, null,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        Pins pins = new Pins(options.pinned(), options.pinnedAssignments());
        SolverEngine.Outcome out = engine.solve(problem, pins, engineOptions(options),
                (sol, feasible, ms) -> l.onProgress(Validator.metrics(problem, sol), feasible, ms));
        return finish(problem, out, Set.of(), reasons);
    }

    /** Re-plans on the exam day (or around pinned sittings); see {@link ReplanRequest}. */
    public ReplanResult replan(Problem problem, Solution previous, ReplanRequest request, PlanOptions options,
                               ProgressListener listener) {
        ProgressListener l = listener == null ? ProgressListener.NONE : listener;
        return new Replanner().replan(engine, problem, previous, request, engineOptions(options),
                options.pinned(), (sol, feasible, ms) -> l.onProgress(Validator.metrics(problem, sol), feasible, ms));
    }

    /** Checks every hard constraint of FORMAT.md and computes the metrics (independent of the solver). */
    public ValidationReport validate(Problem problem, Solution solution) {
        return new Validator().validate(problem, solution);
    }

    /** Stops the current run of this instance as soon as possible; the best solution so far is returned. */
    public void terminateEarly() {
        engine.terminateEarly();
    }

    static SolverEngine.Options engineOptions(PlanOptions o) {
        return new SolverEngine.Options(o.timeLimit(), o.unimprovedLimit(), o.seed(), o.greedyRestarts(),
                o.stepLimit());
    }

    /** Validates the solver's outcome independently and builds the result (also used by re-planning). */
    public static PlanResult finish(Problem problem, SolverEngine.Outcome out, Set<String> withdrawn,
                                    List<String> reasons) {
        if (out.solution() == null) {
            List<String> r = new ArrayList<>(reasons);
            r.add(Messages.get("planner.nothing"));
            return new PlanResult(null, null, false, out.explanation(), r, null, null, out.totalMillis());
        }
        ValidationReport report = new Validator(withdrawn).validate(problem, out.solution());
        Metrics metrics = report.metrics();
        Solution solution = new Solution(1, out.solution().sessionId(), out.solution().assignments(),
                out.solution().sittings(), metrics);
        boolean feasible = out.feasible() && report.feasible();
        List<String> explanation = new ArrayList<>(out.explanation());
        if (out.feasible() && !report.feasible()) {
            // the validator disagrees with the solver's score: show its findings (never a broken schedule as valid)
            for (Violation v : report.violations()) explanation.add(v.toString());
        }
        List<String> r = new ArrayList<>(reasons);
        if (!feasible) r.add(Messages.get("planner.infeasible"));
        return new PlanResult(solution, metrics, feasible, explanation, r, report,
                feasible ? out.firstFeasibleMillis() : null, out.totalMillis());
    }
}
