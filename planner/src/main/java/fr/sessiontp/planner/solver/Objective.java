package fr.sessiontp.planner.solver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objective of FORMAT.md, defined once: its terms in lexicographic order and how each is computed
 * from a person's day (first start, last end, time in sittings). The greedy construction and the
 * decision search evaluate plans with {@link #of}; Timefold's soft constraints ({@link ScheduleConstraints})
 * compute the same terms with the same functions ({@link #span}, {@link #idle}, {@link #lastEnd}) on
 * constraint-stream groups. {@code ObjectiveTest} checks that both give the same numbers on built plans.
 */
public final class Objective {

    /** The terms, in the order they are compared; the key names the French label in the messages. */
    public enum Term {
        DAYS_USED("daysUsed"),
        JURY_DAYS("juryDays"),
        JURY_MINUTES("juryMinutes"),
        LAST_END("lastDayAndEnd"),
        CANDIDATE_IDLE("candidateIdleMinutes");

        private final String key;

        Term(String key) {
            this.key = key;
        }

        /** The name of the term (also the Timefold constraint's name). */
        public String key() {
            return key;
        }
    }

    private Objective() {
    }

    /** Objective 3 per jury member and day: last end minus first start (lunch included). */
    static long span(long firstStart, long lastEnd) {
        return lastEnd - firstStart;
    }

    /** Objective 5 per candidate and day: last end minus first start minus the candidate's own time in sittings. */
    static long idle(long firstStart, long lastEnd, long busy) {
        return Math.max(0, lastEnd - firstStart - busy);
    }

    /** Objective 4: (lastDay, lastEnd) as one absolute minute, day × 1440 + end of the last sitting. */
    static long lastEnd(long absoluteEnd) {
        return absoluteEnd;
    }

    /** The terms of a placed plan, in {@link Term} order. */
    static long[] of(Instance in, List<Act> acts) {
        Set<Integer> days = new HashSet<>();
        Map<Long, long[]> jury = new HashMap<>();
        Map<Long, long[]> cand = new HashMap<>();
        long last = 0;
        for (Act a : acts) {
            days.add(a.day);
            last = Math.max(last, a.absEnd());
            for (int j : a.jury) person(jury, j, a.day, a.absStart(), a.absEnd());
            for (int c : a.cands) {
                long[] s = person(cand, c, a.day, a.absStart(), a.absStart() + a.own(c));
                s[2] += a.own(c);
            }
        }
        long jm = 0;
        for (long[] s : jury.values()) jm += span(s[0], s[1]);
        long idle = 0;
        for (long[] s : cand.values()) idle += idle(s[0], s[1], s[2]);
        return new long[]{days.size(), jury.size(), jm, lastEnd(last), idle};
    }

    private static long[] person(Map<Long, long[]> map, int who, int day, long start, long end) {
        long[] s = map.computeIfAbsent(((long) who << 8) | day, k -> new long[]{Long.MAX_VALUE, 0, 0});
        s[0] = Math.min(s[0], start);
        s[1] = Math.max(s[1], end);
        return s;
    }

    /** Lexicographic comparison of two term vectors. */
    static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return 0;
    }
}
