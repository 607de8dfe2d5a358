package fr.sessiontp.planner.solver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The solver's own evaluation of a greedy plan: {daysUsed, juryDays, juryMinutes, last absolute end, idle}. */
final class Objective {
    private Objective() {
    }

    static long[] of(Instance in, List<Act> acts) {
        Set<Integer> days = new HashSet<>();
        Map<Long, int[]> jury = new HashMap<>();
        Map<Long, int[]> cand = new HashMap<>();
        long last = 0;
        for (Act a : acts) {
            days.add(a.day);
            last = Math.max(last, a.absEnd());
            for (int j : a.jury) span(jury, j, a).getClass();
            for (int c : a.cands) {
                int[] s = span(cand, c, a);
                s[2] += a.duration;
            }
        }
        long jm = 0;
        for (int[] s : jury.values()) jm += s[1] - s[0];
        long idle = 0;
        for (int[] s : cand.values()) idle += s[1] - s[0] - s[2];
        return new long[]{days.size(), jury.size(), jm, last, idle};
    }

    private static int[] span(Map<Long, int[]> map, int who, Act a) {
        int[] s = map.computeIfAbsent(((long) who << 8) | a.day, k -> new int[]{Integer.MAX_VALUE, 0, 0});
        s[0] = Math.min(s[0], a.start);
        s[1] = Math.max(s[1], a.end());
        return s;
    }

    static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return 0;
    }
}
