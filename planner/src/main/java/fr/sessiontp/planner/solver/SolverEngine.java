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

    public Outcome solve(Problem p, Pins pins, Options o, Listener listener) {
        long t0 = System.nanoTime();
        // built (and cached) in the background while the greedy runs, so that its cost counts in the budget
        // without delaying the first feasible solution
        java.util.concurrent.CompletableFuture<SolverFactory<Schedule>> pending =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> factory(o.seed()));
        Instance in = new Instance(p);
        Greedy greedy = new Greedy(in, pins);
        Random rnd = new Random(o.seed());
        long limitMs = o.timeLimit().toMillis();
        long greedyMs = o.greedyRestarts() != null ? limitMs : Math.max(200, (long) (limitMs * 0.6));
        long unimprovedMs = o.unimprovedLimit().toMillis();
        Greedy.Plan best = null;
        Greedy.Plan fallback = null;
        Long firstFeasible = null;
        int restarts = 0;
        long lastImprovement = System.nanoTime();
        int maxRestarts = o.greedyRestarts() != null ? o.greedyRestarts() : Integer.MAX_VALUE;
        while (restarts < maxRestarts && !stopped) {
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            if (elapsed > greedyMs) break;
            if (best != null && o.greedyRestarts() == null
                    && (System.nanoTime() - lastImprovement) / 1_000_000 > Math.min(unimprovedMs, greedyMs / 2)) break;
            Greedy.Plan plan = greedy.build(rnd, best);
            restarts++;
            if (!plan.complete()) {
                if (fallback == null) fallback = plan;
                continue;
            }
            if (best == null || Objective.compare(plan.objective(), best.objective()) < 0) {
                best = plan;
                lastImprovement = System.nanoTime();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (firstFeasible == null) firstFeasible = ms;
                if (listener != null) listener.onBest(Plans.toSolution(in, plan.acts(), plan.pairOf()), true, ms);
            }
        }
        pending.join();
        Greedy.Plan start = best != null ? best : fallback;
        if (start == null || start.acts().stream().anyMatch(a -> !a.placed())) {
            return new Outcome(null, false, null, List.of(), null, (System.nanoTime() - t0) / 1_000_000);
        }
        return improve(in, start.acts(), start.pairOf(), o, listener, t0, firstFeasible, null);
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
                termination = new TerminationConfig().withStepCountLimit(o.stepLimit())
                        .withMillisecondsSpentLimit(Math.max(50, remaining) + 600_000L);
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
                Explanations.lines(analysis), first[0], (System.nanoTime() - t0) / 1_000_000);
    }
}
