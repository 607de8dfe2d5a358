package fr.sessiontp.planner.format;

import java.util.List;

/** A solution (déroulé), format v1. Times are minutes after midnight. */
public record Solution(int formatVersion, String sessionId, List<Assignment> assignments,
                       List<Sitting> sittings, Metrics metrics) {

    public Solution {
        assignments = List.copyOf(assignments);
        sittings = List.copyOf(sittings);
    }

    public record Assignment(String candidate, int pair) {
    }

    public enum SittingType { EPREUVE, JURY_TASK }

    /**
     * One sitting. For {@code EPREUVE}: {@code epreuve}, {@code candidates}, and either {@code jury}
     * or {@code surveillant}. For {@code JURY_TASK}: {@code task}, {@code pair} and {@code jury}.
     */
    public record Sitting(SittingType type, String epreuve, String task, Integer pair, String day,
                          int start, int end, String room, List<String> candidates, List<String> jury,
                          String surveillant) {
        public Sitting {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
            jury = jury == null ? List.of() : List.copyOf(jury);
        }

        public String activity() {
            return type == SittingType.EPREUVE ? epreuve : task;
        }

        public static Sitting epreuve(String epreuve, String day, int start, int end, String room,
                                      List<String> candidates, List<String> jury, String surveillant) {
            return new Sitting(SittingType.EPREUVE, epreuve, null, null, day, start, end, room, candidates, jury,
                    surveillant);
        }

        public static Sitting task(String task, int pair, String day, int start, int end, String room,
                                   List<String> jury) {
            return new Sitting(SittingType.JURY_TASK, null, task, pair, day, start, end, room, List.of(), jury, null);
        }
    }

    /** The objective's terms (FORMAT.md "Objective"); {@code lastDay} null and {@code lastEnd} 0 when empty. */
    public record Metrics(int daysUsed, int juryDays, int juryMinutes, String lastDay, int lastEnd,
                          int candidateIdleMinutes) {

        /** Lexicographic comparison, smaller is better; {@code days} gives the order of days. */
        public int compareTo(Metrics o, List<String> days) {
            int c = Integer.compare(daysUsed, o.daysUsed);
            if (c == 0) c = Integer.compare(juryDays, o.juryDays);
            if (c == 0) c = Integer.compare(juryMinutes, o.juryMinutes);
            if (c == 0) c = Integer.compare(days.indexOf(lastDay), days.indexOf(o.lastDay));
            if (c == 0) c = Integer.compare(lastEnd, o.lastEnd);
            if (c == 0) c = Integer.compare(candidateIdleMinutes, o.candidateIdleMinutes);
            return c;
        }

        @Override
        public String toString() {
            return "daysUsed " + daysUsed + ", juryDays " + juryDays + ", juryMinutes " + juryMinutes
                    + ", lastDay " + lastDay + ", lastEnd " + Times.format(lastEnd)
                    + ", candidateIdleMinutes " + candidateIdleMinutes;
        }
    }
}
