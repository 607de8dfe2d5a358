package fr.sessiontp.planner.solver;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Local search over the decisions (pairs, groups, pairs' days, placement order): late acceptance on the
 * lexicographic {@link Objective}, each neighbour decoded by the greedy. Stopped by a number of moves
 * (the same seed gives the same result on a busy machine), with a wall-time deadline as a safety net,
 * or as soon as the plan reaches {@code target} on every term it covers.
 */
final class DecisionSearch {
    private static final int HISTORY = 60;

    private final Greedy greedy;

    DecisionSearch(Greedy greedy) {
        this.greedy = greedy;
    }

    /**
     * @param start      a complete plan
     * @param moves      number of moves to try
     * @param deadline   {@link System#nanoTime()} after which the search stops anyway
     * @param target     lower bounds on the first terms (stop when all are reached and the rest stall), or null
     * @param onBest     called with each new best plan
     */
    Greedy.Plan run(Greedy.Plan start, Random rnd, long moves, long deadline, long[] target,
                    Consumer<Greedy.Plan> onBest) {
        Greedy.Plan best = start;
        Greedy.Plan current = start;
        long[][] history = new long[HISTORY][];
        for (int i = 0; i < HISTORY; i++) history[i] = start.objective();
        long lastImprovement = 0;
        for (long i = 0; i < moves; i++) {
            if ((i & 15) == 0 && System.nanoTime() > deadline) break;
            if (i - lastImprovement > Math.max(1000, moves / 3)) break;
            if (target != null && reached(best.objective(), target) && i - lastImprovement > moves / 10) break;
            // one move in eight rebuilds around the best (new random decisions reusing its pairs and/or days):
            // a large step that small moves cannot make, e.g. a pair's days and its candidates at once
            Decisions next = rnd.nextInt(8) == 0 ? greedy.randomDecisions(rnd, best)
                    : DecisionMoves.random(greedy, current.decisions(), rnd);
            if (next == null) continue;
            Greedy.Plan plan = greedy.decode(next, rnd);
            if (!plan.complete()) continue;
            long[] o = plan.objective();
            int slot = (int) (i % HISTORY);
            if (Objective.compare(o, current.objective()) <= 0 || Objective.compare(o, history[slot]) <= 0) {
                current = plan;
            }
            if (Objective.compare(current.objective(), history[slot]) < 0) history[slot] = current.objective();
            if (Objective.compare(o, best.objective()) < 0) {
                best = plan;
                lastImprovement = i;
                if (onBest != null) onBest.accept(best);
            }
        }
        return best;
    }

    /** Whether the first terms are at their lower bounds. */
    static boolean reached(long[] objective, long[] target) {
        for (int i = 0; i < target.length; i++) if (objective[i] > target[i]) return false;
        return true;
    }
}
