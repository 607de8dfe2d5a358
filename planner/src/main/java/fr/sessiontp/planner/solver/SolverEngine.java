package fr.sessiontp.planner.solver;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs the search: many randomised greedy builds (fast feasible starts; they also explore pair
 * assignment and group composition), then Timefold local search on the best one, with a time limit
 * and an unimproved-time limit.
 */
public final class SolverEngine {

    /** Search settings. {@code greedyRestarts} and {@code stepLimit} (optional) make runs reproducible. */
    public record Options(Duration timeLimit, Duration unimprovedLimit, long seed, Integer greedyRestarts,
                          Integer stepLimit) {
    }

    /** Called on each new best solution. */
    public interface Listener {
        void onBest(Solution solution, boolean feasible, long elapsedMillis);
    }

    /** The outcome: best solution (null if nothing could be built), Timefold score and explanation. */
    public record Outcome(Solution solution, boolean feasible, BendableLongScore score, List<String> explanation,
                          Long firstFeasibleMillis, long totalMillis) {
    }

    /** Solver factories by random seed (a few at most: building one compiles the constraint network). */
    private static final Map<Long, SolverFactory<Schedule>> FACTORIES = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, SolverFactory<Schedule>> eldest) {
                    return size() > 8;
                }
            });

    private volatile Solver<Schedule> current;
    private volatile boolean stopped;

    /** Stops the search as soon as possible; the best solution so far is kept. */
    public void terminateEarly() {
        stopped = true;
        Solver<Schedule> s = current;
        if (s != null) s.terminateEarly();
    }

    static SolverFactory<Schedule> factory(long seed) {
        return FACTORIES.computeIfAbsent(seed, s -> SolverFactory.create(new SolverConfig()
                .withSolutionClass(Schedule.class)
                .withEntityClasses(SittingEntity.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(s)
                .withPhases(new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(10L))));
    }

    /**
     * The amount of search, in counts (not time): greedy builds, decision moves, Timefold steps. Scaled to
     * the instance and to the time limit,
     * so that the same seed gives the same result alone and on a busy machine; the time limit stays as a
     * safety net. {@link Options#greedyRestarts()} and {@link Options#stepLimit()} override it.
     */
    record Budget(int restarts, long decisionMoves, int timefoldSteps) {
        static Budget of(Instance in, Options o) {
            int sittings = 0;
            for (int e = 0; e < in.epreuves.size(); e++) {
                sittings += (int) Math.ceil(in.candidates.size() / (double) Math.max(1, in.groupLimit[e]));
            }
            sittings += in.tasks.size() * in.nPairs;
            // reference cost of one decoding (about 0.3 ms + 0.03 ms per sitting): measured on the 2 shared cores
            // of the development machine under the load of several builds (a quiet machine is several times
            // faster); the counts below take about half of the limit there
            double decodeMs = 0.3 + 0.03 * sittings;
            double decodes = 0.5 * o.timeLimit().toMillis() / decodeMs;
            int restarts = o.greedyRestarts() != null ? o.greedyRestarts()
                    : (int) Math.min(3000, Math.max(30, decodes * 0.5));
            long moves = o.greedyRestarts() != null ? o.greedyRestarts() * 4L
                    : Math.max(200, (long) (decodes * 0.5));
            double seconds = o.timeLimit().toMillis() / 1000.0;
            int steps = o.stepLimit() != null ? o.stepLimit()
                    : (int) Math.max(300, Math.min(20_000, 20_000 / Math.max(1, sittings) * seconds));
            return new Budget(restarts, moves, steps);
        }
    }

    public Outcome solve(Problem p, Pins pins, Options o, Listener listener) {
        long t0 = System.nanoTime();
        // built (and cached) in the background while the greedy runs, so that its cost counts in the budget
        // without delaying the first feasible solution
        java.util.concurrent.CompletableFuture<SolverFactory<Schedule>> pending =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> factory(o.seed()));
        Instance in = new Instance(p);
        Greedy greedy = new Greedy(in, pins);
        Random rnd = new Random(o.seed());
        Budget budget = Budget.of(in, o);
        long limitNs = o.timeLimit().toNanos();
        long greedyDeadline = t0 + Math.max(200_000_000L, (long) (limitNs * 0.45));
        Greedy.Plan best = null;
        Greedy.Plan fallback = null;
        Long firstFeasible = null;
        int restarts = 0;
        int lastImprovement = 0;
        while (restarts < budget.restarts() && !stopped) {
            if (System.nanoTime() > greedyDeadline) break;
            if (best != null && o.greedyRestarts() == null && restarts - lastImprovement > budget.restarts() / 2) break;
            Greedy.Plan plan = greedy.build(rnd, best);
            restarts++;
            if (!plan.complete()) {
                if (fallback == null) fallback = plan;
                continue;
            }
            if (best == null || Objective.compare(plan.objective(), best.objective()) < 0) {
                best = plan;
                lastImprovement = restarts;
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (firstFeasible == null) firstFeasible = ms;
                if (listener != null) listener.onBest(Plans.toSolution(in, plan.acts(), plan.pairOf()), true, ms);
            }
        }
        if (best != null && !stopped) {
            long[] target = targetOf(p, pins);
            long reserve = Math.min(2_500_000_000L, limitNs / 4);
            long deadline = t0 + (long) ((limitNs - reserve) * 0.8);
            best = new DecisionSearch(greedy).run(best, rnd, budget.decisionMoves(), deadline, target, plan -> {
                if (listener != null) {
                    listener.onBest(Plans.toSolution(in, plan.acts(), plan.pairOf()), true,
                            (System.nanoTime() - t0) / 1_000_000);
                }
            });
        }
        pending.join();
        Greedy.Plan start = best != null ? best : fallback;
        if (start == null || start.acts().stream().anyMatch(a -> !a.placed())) {
            return new Outcome(null, false, null, List.of(), null, (System.nanoTime() - t0) / 1_000_000);
        }
        Options polish = new Options(o.timeLimit(), o.unimprovedLimit(), o.seed(), o.greedyRestarts(),
                budget.timefoldSteps());
        return improve(in, start.acts(), start.pairOf(), polish, listener, t0, firstFeasible, null);
    }

    /** The lower bounds on daysUsed, juryDays, juryMinutes (no target with pinned sittings). */
    private static long[] targetOf(Problem p, Pins pins) {
        if (!pins.isEmpty()) return null;
        var b = fr.sessiontp.planner.bench.LowerBounds.of(p);
        return new long[]{b.daysUsed(), b.juryDays(), b.juryMinutes()};
    }

    /** Timefold local search from the given placed sittings (also used by re-planning). */
    Outcome improve(Instance in, List<Act> acts, int[] pairOf, Options o, Listener listener, long t0,
                    Long firstFeasibleMs, ModelBuilder previousPositions) {
        ModelBuilder mb = new ModelBuilder(in);
        Schedule schedule = mb.build(acts);
        if (previousPositions != null) {
            // re-planning: remember where each movable sitting was
            Map<String, Act> byId = new java.util.HashMap<>();
            for (Act a : acts) byId.put(ModelBuilder.id(a), a);
            for (SittingEntity s : schedule.getSittings()) {
                Act a = byId.get(s.getId());
                if (!s.isPinned() && a.prevDay >= 0) {
                    s.setPrevious(a.prevDay * Instance.DAY + a.prevStart, in.rooms.get(a.prevRoom).id());
                }
            }
        }
        SolverFactory<Schedule> factory = factory(o.seed());
        // keep a margin for the score analysis and the final checks
        long reserve = Math.min(2500, o.timeLimit().toMillis() / 4);
        long remaining = o.timeLimit().toMillis() - reserve - (System.nanoTime() - t0) / 1_000_000;
        Schedule result = schedule;
        final Long[] first = {firstFeasibleMs};
        if (!stopped && (remaining > 50 || o.stepLimit() != null)) {
            TerminationConfig termination = new TerminationConfig()
                    .withMillisecondsSpentLimit(Math.max(50, remaining))
                    .withUnimprovedMillisecondsSpentLimit(Math.max(50, o.unimprovedLimit().toMillis()));
            if (o.stepLimit() != null) {
                // counts, not time: the same seed gives the same result on a busy machine; the time limit
                // stays as a safety net
                termination = new TerminationConfig().withStepCountLimit(o.stepLimit())
                        .withUnimprovedStepCountLimit(Math.max(100, o.stepLimit() / 3))
                        .withMillisecondsSpentLimit(o.greedyRestarts() != null ? Math.max(50, remaining) + 600_000L
                                : Math.max(50, remaining));
            }
            Solver<Schedule> solver = factory.buildSolver(new SolverConfigOverride<Schedule>()
                    .withTerminationConfig(termination));
            solver.addEventListener(event -> {
                BendableLongScore score = (BendableLongScore) event.getNewBestScore();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                boolean feasible = score.isFeasible();
                if (feasible && first[0] == null) first[0] = ms;
                if (listener != null) {
                    Schedule s = event.getNewBestSolution();
                    ModelBuilder.copyBack(s, acts);
                    listener.onBest(Plans.toSolution(in, acts, pairOf), feasible, ms);
                }
            });
            current = solver;
            try {
                if (!stopped) result = solver.solve(schedule);
            } finally {
                current = null;
            }
        }
        SolutionManager<Schedule, BendableLongScore> manager = SolutionManager.create(factory);
        ScoreAnalysis<BendableLongScore> analysis = manager.analyze(result);
        ModelBuilder.copyBack(result, acts);
        BendableLongScore score = analysis.score();
        if (score.isFeasible() && first[0] == null) first[0] = (System.nanoTime() - t0) / 1_000_000;
        return new Outcome(Plans.toSolution(in, acts, pairOf), score.isFeasible(), score,
                Explanations.lines(analysis, in.problem.calendar().days()), first[0], (System.nanoTime() - t0) / 1_000_000);
    }
}
