package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.format.Problem.Grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Moves of the decision search: each returns changed decisions (a copy), or null when it does not apply.
 * They change what the greedy alone used to fix: the pair of a candidate, who sits together in a group
 * sitting, the days a pair works, and the order in which sittings are placed.
 */
final class DecisionMoves {
    private DecisionMoves() {
    }

    /** Two candidates of different pairs exchange their pairs, and their places in the JURY groups. */
    static Decisions swapPairs(Greedy greedy, Decisions d, int c1, int c2) {
        Instance in = greedy.instance();
        int k1 = d.pairOf()[c1];
        int k2 = d.pairOf()[c2];
        if (c1 == c2 || k1 == k2 || !greedy.pairMovable(c1) || !greedy.pairMovable(c2)
                || !allowed(in, c1, k2) || !allowed(in, c2, k1)) {
            return null;
        }
        Decisions out = d.copy();
        out.pairOf()[c1] = k2;
        out.pairOf()[c2] = k1;
        for (int e = 0; e < in.epreuves.size(); e++) {
            if (out.groupOf()[e] == null || !in.isJury(e)) continue;
            int g = out.groupOf()[e][c1];
            out.groupOf()[e][c1] = out.groupOf()[e][c2];
            out.groupOf()[e][c2] = g;
        }
        return out;
    }

    /** A candidate moves to another allowed pair: into a JURY group of that pair with room, or a new group. */
    static Decisions moveToPair(Greedy greedy, Decisions d, int c, int k) {
        Instance in = greedy.instance();
        if (d.pairOf()[c] == k || !greedy.pairMovable(c) || !allowed(in, c, k)) return null;
        Decisions out = d.copy();
        out.pairOf()[c] = k;
        for (int e = 0; e < in.epreuves.size(); e++) {
            if (out.groupOf()[e] == null || !in.isJury(e) || out.groupOf()[e][c] < 0) continue;
            int best = -1;
            int bestSize = Integer.MAX_VALUE;
            for (int x = 0; x < out.pairOf().length; x++) {
                int g = out.groupOf()[e][x];
                if (x == c || g < 0 || out.pairOf()[x] != k) continue;
                int size = out.groupSize(e, g);
                if (size < in.groupLimit[e] && size < bestSize) {
                    best = g;
                    bestSize = size;
                }
            }
            out.groupOf()[e][c] = best >= 0 ? best : out.newGroup(e);
        }
        return out;
    }

    /** Two candidates of different groups of a GROUP épreuve exchange their groups (JURY: same pair only). */
    static Decisions swapInGroups(Instance in, Decisions d, int e, int c1, int c2) {
        int[] groups = d.groupOf()[e];
        if (groups == null || groups[c1] < 0 || groups[c2] < 0 || groups[c1] == groups[c2]) return null;
        if (in.isJury(e) && d.pairOf()[c1] != d.pairOf()[c2]) return null;
        Decisions out = d.copy();
        out.groupOf()[e][c1] = groups[c2];
        out.groupOf()[e][c2] = groups[c1];
        return out;
    }

    /** A candidate joins another group of a GROUP épreuve ({@code group} < 0: a new group of their own). */
    static Decisions moveToGroup(Instance in, Decisions d, int e, int c, int group) {
        int[] groups = d.groupOf()[e];
        if (groups == null || groups[c] < 0 || groups[c] == group) return null;
        if (group >= 0) {
            if (d.groupSize(e, group) >= in.groupLimit[e] || d.groupSize(e, group) == 0) return null;
            if (in.isJury(e)) {
                for (int x = 0; x < groups.length; x++) {
                    if (groups[x] == group && d.pairOf()[x] != d.pairOf()[c]) return null;
                }
            }
        } else if (d.groupSize(e, groups[c]) == 1) {
            return null;
        }
        Decisions out = d.copy();
        out.groupOf()[e][c] = group >= 0 ? group : out.newGroup(e);
        return out;
    }

    /** A pair's whole window of days moves by {@code delta} days, and its sittings' priorities with it. */
    static Decisions shiftPairDays(Instance in, Decisions d, int k, int delta) {
        int first = d.pairDay()[k] + delta;
        int last = d.pairLastDay()[k] + delta;
        if (delta == 0 || first < 0 || last >= in.nDays || first > last) return null;
        Decisions out = d.copy();
        out.pairDay()[k] = first;
        out.pairLastDay()[k] = last;
        for (String key : pairKeys(in, d, k)) {
            Double p = out.priority().get(key);
            if (p != null) out.priority().put(key, p + delta * (double) Instance.DAY);
        }
        return out;
    }

    /**
     * A pair's window of days gets a new first and last day; its sittings lose their priorities (they are
     * placed by the default rule, ready time and tail, inside the new window).
     */
    static Decisions setPairWindow(Instance in, Decisions d, int k, int first, int last) {
        if (first < 0 || last >= in.nDays || first > last
                || (first == d.pairDay()[k] && last == d.pairLastDay()[k])) {
            return null;
        }
        Decisions out = d.copy();
        out.pairDay()[k] = first;
        out.pairLastDay()[k] = last;
        for (String key : pairKeys(in, d, k)) out.priority().remove(key);
        return out;
    }

    /** A sitting gets a new placement priority (it is placed earlier or later among the ready ones). */
    static Decisions reprioritise(Decisions d, String key, double priority) {
        if (!d.priority().containsKey(key)) return null;
        Decisions out = d.copy();
        out.priority().put(key, priority);
        return out;
    }

    /** Keys of the sittings of pair k: its tasks and its candidates' JURY sittings. */
    static List<String> pairKeys(Instance in, Decisions d, int k) {
        List<String> keys = new ArrayList<>();
        for (int t = 0; t < in.tasks.size(); t++) keys.add("t" + t + ":" + k);
        for (int e = 0; e < in.epreuves.size(); e++) {
            if (!in.isJury(e)) continue;
            for (int c = 0; c < d.pairOf().length; c++) {
                if (d.pairOf()[c] != k) continue;
                Grouping grouping = in.epreuves.get(e).grouping();
                int g = d.groupOf()[e] == null ? -1 : d.groupOf()[e][c];
                String key = grouping == Grouping.GROUP && g >= 0 ? e + ":g" + g : e + ":c" + c;
                if (!keys.contains(key)) keys.add(key);
            }
        }
        return keys;
    }

    /** One random move of any kind (null when the drawn move does not apply). */
    static Decisions random(Greedy greedy, Decisions d, Random rnd) {
        Instance in = greedy.instance();
        int n = d.pairOf().length;
        if (n == 0) return null;
        switch (rnd.nextInt(8)) {
            case 0:
                return swapPairs(greedy, d, rnd.nextInt(n), rnd.nextInt(n));
            case 1: {
                int c = rnd.nextInt(n);
                int[] allowed = in.allowedPairs[c];
                return allowed.length == 0 ? null : moveToPair(greedy, d, c, allowed[rnd.nextInt(allowed.length)]);
            }
            case 2: {
                int e = rnd.nextInt(in.epreuves.size());
                return swapInGroups(in, d, e, rnd.nextInt(n), rnd.nextInt(n));
            }
            case 3: {
                int e = rnd.nextInt(in.epreuves.size());
                if (d.groupOf()[e] == null) return null;
                int target = rnd.nextInt(4) == 0 ? -1 : d.groupOf()[e][rnd.nextInt(n)];
                return moveToGroup(in, d, e, rnd.nextInt(n), target);
            }
            case 4:
                return in.nPairs == 0 ? null : shiftPairDays(in, d, rnd.nextInt(in.nPairs), rnd.nextBoolean() ? 1 : -1);
            case 5: {
                if (in.nPairs == 0) return null;
                int k = rnd.nextInt(in.nPairs);
                int first = rnd.nextInt(in.nDays);
                return setPairWindow(in, d, k, first, first + rnd.nextInt(in.nDays - first));
            }
            default: {
                if (d.priority().isEmpty()) return null;
                List<String> keys = new ArrayList<>(d.priority().keySet());
                keys.sort(null);
                String key = keys.get(rnd.nextInt(keys.size()));
                double shift = (rnd.nextInt(2) == 0 ? -1 : 1) * (5 + rnd.nextInt(240));
                return reprioritise(d, key, d.priority().get(key) + shift);
            }
        }
    }

    private static boolean allowed(Instance in, int c, int k) {
        for (int a : in.allowedPairs[c]) if (a == k) return true;
        return false;
    }
}
