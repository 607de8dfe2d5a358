package fr.sessiontp.planner.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A planning problem, format v1 (see docs/planner.md and FORMAT.md). Times are minutes after
 * midnight; defaults of the format are already applied by {@link ProblemReader}.
 */
public record Problem(
        int formatVersion,
        String sessionId,
        Calendar calendar,
        List<Room> rooms,
        Person responsable,
        List<JuryMember> jury,
        List<List<String>> juryPairs,
        List<Surveillant> surveillants,
        List<Candidate> candidates,
        List<Epreuve> epreuves,
        List<JuryTask> juryTasks) {

    public Problem {
        rooms = List.copyOf(rooms);
        jury = List.copyOf(jury);
        juryPairs = juryPairs.stream().map(List::copyOf).toList();
        surveillants = List.copyOf(surveillants);
        candidates = List.copyOf(candidates);
        epreuves = List.copyOf(epreuves);
        juryTasks = List.copyOf(juryTasks);
    }

    public record Calendar(List<String> days, int dayStart, int dayEnd, int juryDayEnd,
                           Lunch lunch, int granularityMinutes, int changeoverMinutes) {
        public Calendar {
            days = List.copyOf(days);
        }

        public int dayIndex(String day) {
            return days.indexOf(day);
        }
    }

    /** The lunch break; {@code null} in {@link Calendar} when there is none. */
    public record Lunch(int start, int end) {
    }

    public record Room(String id, String kind, int capacity, boolean confidential) {
    }

    public record Person(String id, String name) {
    }

    public record JuryMember(String id, String name, List<String> unavailableDays) {
        public JuryMember {
            unavailableDays = List.copyOf(unavailableDays);
        }
    }

    public record Surveillant(String id, String name, List<String> trainerOf) {
        public Surveillant {
            trainerOf = List.copyOf(trainerOf);
        }
    }

    public record Candidate(String id, String name, List<String> conflictsWith, Integer pair,
                            boolean absent, int extraTimePercent) {
        public Candidate {
            conflictsWith = List.copyOf(conflictsWith);
        }
    }

    public enum Grouping { ALL, GROUP, INDIVIDUAL }

    public enum Presence { JURY, SURVEILLANT }

    /**
     * {@code groupSize} is null when absent (the room's capacity then applies). {@code extraTime} false: the
     * candidates' extra time never applies to this épreuve (the reception).
     */
    public record Epreuve(String id, String label, int minutes, Grouping grouping, Integer groupSize,
                          String roomKind, Presence presence, List<String> after, List<String> afterJuryTasks,
                          boolean extraTime) {
        public Epreuve {
            after = List.copyOf(after);
            afterJuryTasks = List.copyOf(afterJuryTasks);
        }

        /** An épreuve to which extra time applies (the default of FORMAT.md). */
        public Epreuve(String id, String label, int minutes, Grouping grouping, Integer groupSize,
                       String roomKind, Presence presence, List<String> after, List<String> afterJuryTasks) {
            this(id, label, minutes, grouping, groupSize, roomKind, presence, after, afterJuryTasks, true);
        }
    }

    public record JuryTask(String id, String label, int minutes, String roomKind,
                           List<String> afterEpreuves, List<String> beforeEpreuves) {
        public JuryTask {
            afterEpreuves = List.copyOf(afterEpreuves);
            beforeEpreuves = List.copyOf(beforeEpreuves);
        }
    }

    public List<Candidate> presentCandidates() {
        return candidates.stream().filter(c -> !c.absent()).toList();
    }

    public Candidate candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    public Epreuve epreuve(String id) {
        return epreuves.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    public JuryTask juryTask(String id) {
        return juryTasks.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    public Room room(String id) {
        return rooms.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    public JuryMember juryMember(String id) {
        return jury.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    public Surveillant surveillant(String id) {
        return surveillants.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * Duration of one candidate in an épreuve: minutes × (100 + extra) / 100, rounded up to the granularity
     * (P5, X3); exactly {@code minutes} when the épreuve has {@code extraTime: false}.
     */
    public int candidateMinutes(Epreuve e, Candidate c) {
        if (!e.extraTime()) return e.minutes();
        int g = calendar.granularityMinutes();
        long raw = (long) e.minutes() * (100 + c.extraTimePercent());
        long minutes = (raw + 99) / 100;
        return (int) (((minutes + g - 1) / g) * g);
    }

    /** The effective group limit of a GROUP épreuve in a given room. */
    public static int groupLimit(Epreuve e, Room r) {
        int size = e.groupSize() == null ? r.capacity() : e.groupSize();
        return Math.min(size, r.capacity());
    }

    public Map<String, Integer> candidateIndex() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            m.put(candidates.get(i).id(), i);
        }
        return m;
    }
}
