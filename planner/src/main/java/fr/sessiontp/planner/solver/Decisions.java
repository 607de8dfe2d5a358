package fr.sessiontp.planner.solver;

import java.util.HashMap;
import java.util.Map;

/**
 * The decisions behind a plan, which the greedy decoder turns into placed sittings: the pair of each
 * candidate, who sits together in each GROUP épreuve, the days each pair may work, and the order in
 * which sittings are placed (a priority per sitting; lower first). The decision search changes them
 * with {@link DecisionMoves}.
 *
 * @param pairOf      pair of each candidate (−1: none)
 * @param groupOf     for each GROUP épreuve, the group number of each candidate (−1: not grouped here,
 *                    e.g. pinned); all candidates of a JURY group have the same pair
 * @param pairDay     first day each pair may work
 * @param pairLastDay last day each pair may work
 * @param alpha       weight of the tail (longest path to the end) in the default placement priority
 * @param noise       amplitude of the random part of the default placement priority
 * @param priority    placement priority by sitting key ({@link Act#key}); sittings without one use the default
 */
record Decisions(int[] pairOf, int[][] groupOf, int[] pairDay, int[] pairLastDay, double alpha, double noise,
                 Map<String, Double> priority) {

    /** A deep copy, to be changed by a move. */
    Decisions copy() {
        int[][] g = new int[groupOf.length][];
        for (int e = 0; e < g.length; e++) g[e] = groupOf[e] == null ? null : groupOf[e].clone();
        return new Decisions(pairOf.clone(), g, pairDay.clone(), pairLastDay.clone(), alpha, noise,
                new HashMap<>(priority));
    }

    /** Number of candidates of group {@code g} of épreuve {@code e}. */
    int groupSize(int e, int g) {
        int n = 0;
        for (int x : groupOf[e]) if (x == g) n++;
        return n;
    }

    /** A group number not used yet in épreuve {@code e}. */
    int newGroup(int e) {
        int m = -1;
        for (int x : groupOf[e]) m = Math.max(m, x);
        return m + 1;
    }
}
