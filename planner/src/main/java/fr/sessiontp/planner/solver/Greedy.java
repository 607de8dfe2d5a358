package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.format.Problem.Epreuve;
import fr.sessiontp.planner.format.Problem.Grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Randomised greedy builder: chooses a pair per candidate and the group compositions, then places
 * the sittings one by one at their earliest feasible time (serial schedule generation), then shifts
 * the first sittings of each day as late as possible to shorten the jury's and candidates' days.
 * Run many times with different random choices; the best plan seeds Timefold's local search.
 */
final class Greedy {

    /** A built plan: the sittings, the pair of each candidate, and the decisions it was decoded from. */
    record Plan(List<Act> acts, int[] pairOf, boolean complete, long[] objective, int[] pairDay, int[] pairLastDay,
                Decisions decisions) {
    }

    private final Instance in;
    private final Pins pins;
    private final int[] fixedPair;
    private final List<Act> pinnedActs;

    Greedy(Instance in, Pins pins) {
        this.in = in;
        this.pins = pins;
        this.fixedPair = pins.pairOf(in);
        this.pinnedActs = pins.acts(in);
    }

    Instance instance() {
        return in;
    }

    /** Whether the candidate's pair may change (not fixed, not pinned, more than one allowed pair). */
    boolean pairMovable(int c) {
        return fixedPair[c] < 0 && in.allowedPairs[c].length > 1;
    }

    Plan build(Random rnd) {
        return build(rnd, null);
    }

    /**
     * One build with random decisions; with a {@code hint} (the best plan so far) it sometimes reuses and
     * slightly mutates the hint's pair assignment and the pairs' day windows (an iterated greedy around the best).
     */
    Plan build(Random rnd, Plan hint) {
        return decode(randomDecisions(rnd, hint), rnd);
    }

    /** Random decisions (pairs, groups, day windows, placement weights). */
    Decisions randomDecisions(Random rnd, Plan hint) {
        int n = in.candidates.size();
        boolean reusePairs = hint != null && rnd.nextBoolean();
        boolean reuseDays = hint != null && rnd.nextBoolean();
        int[] pairOf = reusePairs ? mutatePairs(hint.pairOf(), rnd) : choosePairs(rnd);
        // candidate order: by pair (random pair order), random within a pair, sometimes extra time last
        List<Integer> pairOrder = new ArrayList<>();
        for (int k = 0; k < in.nPairs; k++) pairOrder.add(k);
        Collections.shuffle(pairOrder, rnd);
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < n; c++) order.add(c);
        Collections.shuffle(order, rnd);
        boolean extraLast = rnd.nextBoolean();
        int[] pairRank = new int[Math.max(1, in.nPairs)];
        for (int i = 0; i < pairOrder.size(); i++) pairRank[pairOrder.get(i)] = i;
        order.sort(Comparator.comparingInt((Integer c) -> pairOf[c] < 0 ? 0 : pairRank[pairOf[c]])
                .thenComparingInt(c -> extraLast ? in.candidates.get(c).extraTimePercent() : 0));
        boolean[][] pinnedIn = pinnedIn();
        int[][] groupOf = new int[in.epreuves.size()][];
        for (int e = 0; e < in.epreuves.size(); e++) {
            if (in.epreuves.get(e).grouping() != Grouping.GROUP) continue;
            groupOf[e] = new int[n];
            Arrays.fill(groupOf[e], -1);
            List<Integer> todo = new ArrayList<>();
            for (int c : order) if (!pinnedIn[e][c]) todo.add(c);
            List<List<Integer>> groups = new ArrayList<>();
            int limit = in.groupLimit[e];
            int size = rnd.nextInt(10) < 7 ? limit : 1 + rnd.nextInt(limit);
            if (in.isJury(e)) {
                Map<Integer, List<Integer>> byPair = new HashMap<>();
                for (int c : todo) byPair.computeIfAbsent(pairOf[c], k -> new ArrayList<>()).add(c);
                for (int k : pairOrder) {
                    List<Integer> l = byPair.get(k);
                    if (l != null) groups.addAll(chunk(l, size));
                }
            } else {
                groups.addAll(chunk(todo, size));
            }
            for (int g = 0; g < groups.size(); g++) for (int c : groups.get(g)) groupOf[e][c] = g;
        }
        // the first day each pair may work: a random choice that lets the jury come on fewer days
        // and sometimes the last day it may work (a window the greedy must respect, or the build fails)
        int[] pairDay = new int[in.nPairs];
        int[] pairLastDay = new int[in.nPairs];
        int commonStart = rnd.nextInt(5) < 2 ? 0 : rnd.nextInt(in.nDays);
        int commonLength = 1 + rnd.nextInt(in.nDays);
        boolean shared = rnd.nextBoolean();
        for (int k = 0; k < in.nPairs; k++) {
            int start = shared || rnd.nextInt(5) < 3 ? commonStart : rnd.nextInt(in.nDays);
            int r = rnd.nextInt(10);
            int length = shared ? commonLength : r < 4 ? 1 : r < 7 ? 2 : in.nDays;
            pairDay[k] = start;
            pairLastDay[k] = Math.min(in.nDays - 1, start + length - 1);
        }
        if (reuseDays) {
            System.arraycopy(hint.pairDay(), 0, pairDay, 0, in.nPairs);
            System.arraycopy(hint.pairLastDay(), 0, pairLastDay, 0, in.nPairs);
            if (rnd.nextBoolean() && in.nPairs > 0) {
                int k = rnd.nextInt(in.nPairs);
                pairDay[k] = rnd.nextInt(in.nDays);
                pairLastDay[k] = Math.min(in.nDays - 1, pairDay[k] + rnd.nextInt(in.nDays));
            }
        }
        double alpha = rnd.nextDouble();
        double beta = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble() * 90;
        return new Decisions(pairOf, groupOf, pairDay, pairLastDay, alpha, beta, new HashMap<>());
    }

    /** pinnedIn[e][c]: the candidate's sitting of épreuve e is pinned. */
    private boolean[][] pinnedIn() {
        boolean[][] out = new boolean[in.epreuves.size()][in.candidates.size()];
        for (Act a : pinnedActs) if (!a.task) for (int c : a.cands) out[a.activity][c] = true;
        return out;
    }

    /**
     * Decodes decisions into a plan: builds the sittings (groups per the decisions, JURY groups of one
     * pair), places them one by one in priority order at their earliest feasible place, then justifies.
     * The plan's decisions carry, as priorities, the starts it reached (so that decoding them again
     * rebuilds a similar schedule).
     */
    Plan decode(Decisions d, Random rnd) {
        int n = in.candidates.size();
        int[] pairOf = d.pairOf();
        List<Act> acts = new ArrayList<>(pins.acts(in));
        int nextId = acts.size();
        boolean[][] pinnedIn = pinnedIn();
        for (int e = 0; e < in.epreuves.size(); e++) {
            Epreuve ep = in.epreuves.get(e);
            List<Integer> todo = new ArrayList<>();
            for (int c = 0; c < n; c++) if (!pinnedIn[e][c]) todo.add(c);
            if (todo.isEmpty()) continue;
            Map<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
            switch (ep.grouping()) {
                case ALL -> groups.put(e + ":all", todo);
                case INDIVIDUAL -> { for (int c : todo) groups.put(e + ":c" + c, List.of(c)); }
                case GROUP -> {
                    for (int c : todo) {
                        int g = d.groupOf()[e][c];
                        String key = g >= 0 ? e + ":g" + g : e + ":c" + c;
                        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                    }
                }
            }
            for (var entry : groups.entrySet()) {
                int[] cands = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
                int pair = in.isJury(e) ? pairOf[cands[0]] : -1;
                int dur = 0;
                for (int c : cands) dur = Math.max(dur, in.duration[e][c]);
                Act a = new Act(nextId++, false, e, pair, cands, pair < 0 ? new int[0] : in.pairMembers[pair], dur,
                        !in.isJury(e));
                a.durationOf = in.duration[e];
                a.key = entry.getKey();
                acts.add(a);
            }
        }
        // jury tasks, once per pair with a candidate
        boolean[] active = new boolean[in.nPairs];
        for (int c = 0; c < n; c++) if (pairOf[c] >= 0) active[pairOf[c]] = true;
        boolean[][] hasTask = new boolean[in.tasks.size()][in.nPairs];
        for (Act a : acts) if (a.task) hasTask[a.activity][a.pair] = true;
        for (int t = 0; t < in.tasks.size(); t++) {
            for (int k = 0; k < in.nPairs; k++) {
                if (active[k] && !hasTask[t][k]) {
                    Act a = new Act(nextId++, true, t, k, new int[0], in.pairMembers[k], in.tasks.get(t).minutes(),
                            false);
                    a.key = "t" + t + ":" + k;
                    acts.add(a);
                }
            }
        }
        for (Act a : acts) {
            if (!a.pinned && a.pair >= 0 && a.jury.length > 0) {
                a.notBefore = Math.max(a.notBefore, d.pairDay()[a.pair] * Instance.DAY);
                a.lastDay = d.pairLastDay()[a.pair];
            }
        }
        Links.link(in, acts, pairOf);
        if (!computeTails(acts)) {  // a cycle through jury tasks
            return new Plan(acts, pairOf, false, null, d.pairDay(), d.pairLastDay(), d);
        }
        boolean complete = place(acts, d, rnd);
        Decisions reached = d;
        if (complete) {
            shiftFirstSittingsLater(acts);
            justify(acts);
            Map<String, Double> prio = new HashMap<>();
            for (Act a : acts) if (a.key != null) prio.put(a.key, (double) a.absStart());
            reached = new Decisions(d.pairOf(), d.groupOf(), d.pairDay(), d.pairLastDay(), d.alpha(), d.noise(), prio);
        }
        return new Plan(acts, pairOf, complete, complete ? Objective.of(in, acts) : null, d.pairDay(),
                d.pairLastDay(), reached);
    }

    private static List<List<Integer>> chunk(List<Integer> l, int size) {
        int k = (l.size() + size - 1) / size;
        List<List<Integer>> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < k; i++) {
            int len = l.size() / k + (i < l.size() % k ? 1 : 0);
            out.add(new ArrayList<>(l.subList(from, from + len)));
            from += len;
        }
        return out;
    }

    private int[] choosePairs(Random rnd) {
        int n = in.candidates.size();
        int[] pairOf = new int[n];
        Arrays.fill(pairOf, -1);
        int[] load = new int[in.nPairs];
        int[] fixed = pins.pairOf(in);
        List<Integer> free = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (fixed[c] >= 0) {
                pairOf[c] = fixed[c];
                load[fixed[c]]++;
            } else if (in.allowedPairs[c].length == 1) {
                pairOf[c] = in.allowedPairs[c][0];
                load[pairOf[c]]++;
            } else if (in.allowedPairs[c].length > 1) {
                free.add(c);
            }
        }
        Collections.shuffle(free, rnd);
        // most constrained first
        free.sort(Comparator.comparingInt(c -> in.allowedPairs[c].length));
        List<Integer> pairPref = new ArrayList<>();
        for (int k = 0; k < in.nPairs; k++) pairPref.add(k);
        Collections.shuffle(pairPref, rnd);
        // prefer pairs available on more days
        pairPref.sort(Comparator.comparingInt(k -> -availableDays(k)));
        int mode = rnd.nextInt(5);
        int usable = (int) pairPref.stream().filter(k -> availableDays(k) > 0).count();
        int cap = mode == 0 ? n : (int) Math.ceil(n / (double) Math.max(1, 1 + rnd.nextInt(Math.max(1, usable))));
        double[] target = new double[in.nPairs];
        if (mode == 3) {
            double sum = 0;
            for (int k = 0; k < in.nPairs; k++) {
                target[k] = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble();
                sum += target[k];
            }
            for (int k = 0; k < in.nPairs; k++) target[k] = sum == 0 ? n : Math.round(target[k] / sum * n);
        }
        boolean[] inSubset = new boolean[in.nPairs];
        if (mode == 4) {
            // a random number of pairs, balanced among them (fewer pairs, each on fewer days)
            int m = 1 + rnd.nextInt(Math.max(1, usable));
            int taken = 0;
            for (int k : pairPref) {
                if (availableDays(k) > 0 && taken < m) {
                    inSubset[k] = true;
                    taken++;
                }
            }
        }
        for (int c : free) {
            int best = -1;
            for (int k : pairPref) {
                if (!allowed(c, k) || availableDays(k) == 0) continue;
                if (mode == 4) {
                    if (inSubset[k] && (best < 0 || load[k] < load[best])) best = k;
                } else if (mode == 2) {
                    if (best < 0 || load[k] < load[best]) best = k;
                } else if (mode == 3) {
                    if (best < 0 || target[k] - load[k] > target[best] - load[best]) best = k;
                } else if (load[k] < cap) {
                    best = k;
                    break;
                }
            }
            if (best < 0) {
                for (int k : in.allowedPairs[c]) if (best < 0 || load[k] < load[best]) best = k;
            }
            pairOf[c] = best;
            load[best]++;
        }
        return pairOf;
    }

    /** Moves one to three candidates (not fixed, not pinned) to another allowed pair, or swaps two. */
    private int[] mutatePairs(int[] base, Random rnd) {
        int[] pairOf = base.clone();
        int[] fixed = pins.pairOf(in);
        int n = pairOf.length;
        if (n == 0) return pairOf;
        int moves = 1 + rnd.nextInt(3);
        for (int m = 0; m < moves; m++) {
            int c = rnd.nextInt(n);
            if (fixed[c] >= 0 || in.allowedPairs[c].length < 2) continue;
            if (rnd.nextBoolean()) {
                pairOf[c] = in.allowedPairs[c][rnd.nextInt(in.allowedPairs[c].length)];
            } else {
                int d = rnd.nextInt(n);
                if (fixed[d] < 0 && allowed(c, pairOf[d]) && allowed(d, pairOf[c])) {
                    int t = pairOf[c];
                    pairOf[c] = pairOf[d];
                    pairOf[d] = t;
                }
            }
        }
        return pairOf;
    }

    private boolean allowed(int c, int k) {
        for (int a : in.allowedPairs[c]) if (a == k) return true;
        return false;
    }

    private int availableDays(int k) {
        int d = 0;
        for (boolean b : in.pairAvailable[k]) if (b) d++;
        return d;
    }

    /** Longest path to the end (minutes); false on a cycle. */
    static boolean computeTails(List<Act> acts) {
        List<Act> topo = topo(acts);
        if (topo == null) return false;
        for (int i = topo.size() - 1; i >= 0; i--) {
            Act a = topo.get(i);
            int t = 0;
            for (Act s : a.succs) t = Math.max(t, s.tail);
            a.tail = t + a.duration;
        }
        return true;
    }

    static List<Act> topo(List<Act> acts) {
        Map<Act, Integer> indeg = new HashMap<>();
        for (Act a : acts) indeg.put(a, a.preds.size());
        List<Act> out = new ArrayList<>();
        List<Act> ready = new ArrayList<>();
        for (Act a : acts) if (a.preds.isEmpty()) ready.add(a);
        while (!ready.isEmpty()) {
            Act a = ready.remove(ready.size() - 1);
            out.add(a);
            for (Act s : a.succs) {
                if (indeg.merge(s, -1, Integer::sum) == 0) ready.add(s);
            }
        }
        return out.size() == acts.size() ? out : null;
    }

    // ------------------------------------------------------------------ placement

    private Resources res;

    private boolean place(List<Act> acts, Decisions d, Random rnd) {
        res = new Resources(in);
        for (Act a : acts) {
            if (a.pinned) res.occupy(a);
        }
        double alpha = d.alpha();
        Map<Act, Double> noise = new HashMap<>();
        for (Act a : acts) noise.put(a, rnd.nextDouble() * d.noise());
        Map<Act, Integer> missing = new HashMap<>();
        List<Act> eligible = new ArrayList<>();
        for (Act a : acts) {
            if (a.pinned) continue;
            int m = 0;
            for (Act p : a.preds) if (!p.pinned) m++;
            missing.put(a, m);
            if (m == 0) eligible.add(a);
        }
        boolean complete = true;
        while (!eligible.isEmpty()) {
            Act best = null;
            double bestKey = Double.MAX_VALUE;
            for (Act a : eligible) {
                Double fixed = a.key == null ? null : d.priority().get(a.key);
                double key = fixed != null ? fixed : ready(a) - alpha * a.tail + noise.get(a);
                if (key < bestKey) {
                    bestKey = key;
                    best = a;
                }
            }
            eligible.remove(best);
            if (!placeEarliest(best)) {
                complete = false;
                forcePlace(best);
            }
            for (Act s : best.succs) {
                if (s.pinned) continue;
                if (missing.merge(s, -1, Integer::sum) == 0) eligible.add(s);
            }
        }
        return complete;
    }

    /**
     * Re-planning repair: keeps every movable sitting at its previous position when it still fits
     * (resources, order, "now", late arrivals), else places it at its earliest feasible time.
     */
    boolean repair(List<Act> acts) {
        res = new Resources(in);
        for (Act a : acts) {
            if (a.pinned) res.occupy(a);
            else a.day = -1;
        }
        Map<Act, Integer> missing = new HashMap<>();
        List<Act> eligible = new ArrayList<>();
        for (Act a : acts) {
            if (a.pinned) continue;
            int m = 0;
            for (Act p : a.preds) if (!p.pinned) m++;
            missing.put(a, m);
            if (m == 0) eligible.add(a);
        }
        boolean complete = true;
        while (!eligible.isEmpty()) {
            Act best = null;
            for (Act a : eligible) {
                if (best == null || a.prevDay * Instance.DAY + a.prevStart < best.prevDay * Instance.DAY + best.prevStart) {
                    best = a;
                }
            }
            eligible.remove(best);
            boolean kept = false;
            if (best.prevDay >= 0 && best.prevDay * Instance.DAY + best.prevStart >= ready(best)
                    && res.free(best, best.prevDay, best.prevStart, best.prevRoom, best.prevSurveillant)) {
                best.day = best.prevDay;
                best.start = best.prevStart;
                best.room = best.prevRoom;
                best.surveillant = best.prevSurveillant;
                res.occupy(best);
                kept = true;
            }
            if (!kept && !placeEarliest(best)) {
                complete = false;
                forcePlace(best);
            }
            for (Act s : best.succs) {
                if (s.pinned) continue;
                if (missing.merge(s, -1, Integer::sum) == 0) eligible.add(s);
            }
        }
        return complete;
    }

    private int ready(Act a) {
        int r = a.notBefore;
        for (Act p : a.preds) r = Math.max(r, p.absEnd());
        return r;
    }

    private boolean placeEarliest(Act a) {
        int ready = ready(a);
        int limit = a.task ? in.juryDayEnd : in.dayEnd;
        for (int d = ready / Instance.DAY; d <= Math.min(a.lastDay, in.nDays - 1); d++) {
            if (a.pair >= 0 && a.jury.length > 0 && !in.pairAvailable[a.pair][d]) continue;
            int lo = in.dayStart;
            if (d == ready / Instance.DAY) lo = Math.max(lo, ready % Instance.DAY);
            int t = roundUp(lo);
            while (t + a.duration <= limit) {
                if (in.overLunch(t, t + a.duration)) {
                    t = roundUp(Math.max(t + in.g, in.lunchEnd));
                    continue;
                }
                int next = res.tryPlace(a, d, t);
                if (next < 0) return true;
                t = roundUp(Math.max(next, t + in.g));
            }
        }
        return false;
    }

    private void forcePlace(Act a) {
        int ready = ready(a);
        int d = Math.min(in.nDays - 1, ready / Instance.DAY);
        a.day = d;
        a.start = roundUp(in.dayStart);
        int[] rooms = a.task ? in.taskRooms[a.activity] : in.epreuveRooms[a.activity];
        a.room = rooms.length > 0 ? rooms[0] : 0;
        a.surveillant = a.needsSurveillant && !in.surveillants.isEmpty() ? 0 : -1;
        res.occupy(a);
    }

    int roundUp(int t) {
        return ((t + in.g - 1) / in.g) * in.g;
    }

    /**
     * Double justification that never lengthens anyone's day: a sitting moves later only when it is not
     * the last of the day for any of its people, earlier only when it is not the first for any of them.
     */
    void justify(List<Act> acts) {
        for (int round = 0; round < 2; round++) {
            List<Act> sorted = new ArrayList<>(acts);
            sorted.sort(Comparator.comparingInt(Act::absEnd).reversed());
            for (Act a : sorted) if (!a.pinned) moveRight(a);
            sorted.sort(Comparator.comparingInt(Act::absStart));
            for (Act a : sorted) if (!a.pinned) moveLeft(a);
        }
    }

    private void moveRight(Act a) {
        res.release(a);
        int latestStart = Math.min(a.task ? in.juryDayEnd : in.dayEnd, res.dayLastEnd(a.day)) - a.duration;
        boolean ok = true;
        for (int p : res.objectivePeople(a)) {
            int[] next = res.firstAfter(p, a.day, a.start);
            if (next == null) {
                ok = false;
                break;
            }
            latestStart = Math.min(latestStart,
                    next[0] - (next[2] != a.room ? in.changeover : 0) - res.personDuration(a, p));
        }
        for (Act s : a.succs) if (s.day == a.day) latestStart = Math.min(latestStart, s.start - a.duration);
        if (ok) {
            for (int t = (latestStart / in.g) * in.g; t > a.start; t -= in.g) {
                if (!in.overLunch(t, t + a.duration) && res.free(a, a.day, t, a.room, a.surveillant)) {
                    a.start = t;
                    break;
                }
            }
        }
        res.occupy(a);
    }

    private void moveLeft(Act a) {
        res.release(a);
        int earliest = Math.max(in.dayStart, a.notBefore - a.day * Instance.DAY);
        boolean ok = true;
        for (int p : res.objectivePeople(a)) {
            int[] prev = res.lastBefore(p, a.day, a.start);
            if (prev == null) {
                ok = false;
                break;
            }
            earliest = Math.max(earliest, prev[1] + (prev[2] != a.room ? in.changeover : 0));
        }
        for (Act b : a.preds) {
            if (b.day == a.day) earliest = Math.max(earliest, b.end());
            if (b.day > a.day) ok = false;
        }
        if (ok) {
            for (int t = roundUp(earliest); t < a.start; t += in.g) {
                if (!in.overLunch(t, t + a.duration) && res.free(a, a.day, t, a.room, a.surveillant)) {
                    a.start = t;
                    break;
                }
            }
        }
        res.occupy(a);
    }

    /** Shifts each sitting that opens the day of all its people as late as its successors and their next sittings allow. */
    private void shiftFirstSittingsLater(List<Act> acts) {
        List<Act> sorted = new ArrayList<>(acts);
        sorted.sort(Comparator.comparingInt(Act::absStart).reversed());
        for (Act a : sorted) {
            if (a.pinned) continue;
            res.release(a);
            int latestStart = Math.min(a.task ? in.juryDayEnd : in.dayEnd, res.dayLastEnd(a.day)) - a.duration;
            boolean first = true;
            for (int p : res.objectivePeople(a)) {
                int[] next = res.firstAfter(p, a.day, a.start);
                if (res.firstStart(p, a.day) < a.start) {
                    first = false;
                    break;
                }
                if (next != null) {
                    int gap = next[2] != a.room ? in.changeover : 0;
                    latestStart = Math.min(latestStart, next[0] - gap - res.personDuration(a, p));
                }
            }
            for (Act s : a.succs) {
                if (s.day == a.day) latestStart = Math.min(latestStart, s.start - a.duration);
            }
            if (first) {
                int best = a.start;
                for (int t = (latestStart / in.g) * in.g; t > a.start; t -= in.g) {
                    if (in.overLunch(t, t + a.duration)) continue;
                    if (res.free(a, a.day, t, a.room, a.surveillant)) {
                        best = t;
                        break;
                    }
                }
                a.start = best;
            }
            res.occupy(a);
        }
    }
}
