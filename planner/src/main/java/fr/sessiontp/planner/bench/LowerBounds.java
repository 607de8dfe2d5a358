package fr.sessiontp.planner.bench;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Problem.Candidate;
import fr.sessiontp.planner.format.Problem.Epreuve;
import fr.sessiontp.planner.format.Problem.Grouping;
import fr.sessiontp.planner.format.Problem.JuryTask;
import fr.sessiontp.planner.format.Problem.Presence;
import fr.sessiontp.planner.format.Problem.Room;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Simple lower bounds on daysUsed, juryDays and juryMinutes (see docs/planner.md, "Lower bounds").
 * W(k) = jury work if k pairs are used: k × (sum of task minutes) + every JURY INDIVIDUAL sitting
 * (extra time included) + for JURY GROUP épreuves ceil(n / limit) × minutes.
 */
public final class LowerBounds {

    public record Bounds(int daysUsed, int juryDays, int juryMinutes) {
    }

    private LowerBounds() {
    }

    public static Bounds of(Problem p) {
        var cal = p.calendar();
        List<Candidate> present = p.presentCandidates();
        int n = present.size();
        if (n == 0) return new Bounds(0, 0, 0);
        int lunch = cal.lunch() == null ? 0 : overlap(cal.dayStart(), cal.juryDayEnd(), cal.lunch().start(),
                cal.lunch().end());
        int lunchE = cal.lunch() == null ? 0 : overlap(cal.dayStart(), cal.dayEnd(), cal.lunch().start(),
                cal.lunch().end());
        int uJ = cal.juryDayEnd() - cal.dayStart() - lunch;
        int uE = cal.dayEnd() - cal.dayStart() - lunchE;
        int maxHalf = cal.lunch() == null ? uJ
                : Math.max(Math.max(0, cal.lunch().start() - cal.dayStart()), Math.max(0, cal.juryDayEnd() - cal.lunch().end()));
        long tasks = p.juryTasks().stream().mapToLong(JuryTask::minutes).sum();
        long base = 0;
        for (Epreuve e : p.epreuves()) {
            if (e.presence() != Presence.JURY) continue;
            if (e.grouping() == Grouping.INDIVIDUAL) {
                for (Candidate c : present) base += p.candidateMinutes(e, c);
            } else if (e.grouping() == Grouping.GROUP) {
                int limit = 0;
                for (Room r : p.rooms()) if (r.kind().equals(e.roomKind())) limit = Math.max(limit, Problem.groupLimit(e, r));
                base += (long) Math.ceil(n / (double) Math.max(1, limit)) * e.minutes();
            }
        }
        int pairs = p.juryPairs().size();
        Set<String> members = new HashSet<>();
        p.juryPairs().forEach(members::addAll);
        boolean disjoint = members.size() == 2 * pairs;
        int bestJuryDays = Integer.MAX_VALUE;
        int bestDays = Integer.MAX_VALUE;
        for (int k = 1; k <= Math.max(1, Math.min(pairs, n)); k++) {
            long w = base + k * tasks;
            long pairDays = Math.max(k, ceil(w, uJ));
            long jd = disjoint ? 2 * pairDays : Math.max(2, ceil(2 * w, uJ));
            bestJuryDays = (int) Math.min(bestJuryDays, jd);
            bestDays = (int) Math.min(bestDays, ceil(w, (long) k * uJ));
        }
        int juryMinutes = Integer.MAX_VALUE;
        for (int k = 1; k <= Math.max(1, Math.min(pairs, n)); k++) {
            long w = base + k * tasks;
            long pairDays = Math.max(k, ceil(w, uJ));
            long jd = disjoint ? 2 * pairDays : Math.max(2, ceil(2 * w, uJ));
            if (jd != bestJuryDays) continue;
            long crossing = 0;
            if (lunch > 0 && w > pairDays * maxHalf) crossing = ceil(w - pairDays * maxHalf, Math.max(1, uJ - maxHalf));
            juryMinutes = (int) Math.min(juryMinutes, 2 * (w + crossing * lunch));
        }
        // candidates: one candidate's épreuves must fit in the days used
        int days = bestDays;
        for (Candidate c : present) {
            long sum = 0;
            for (Epreuve e : p.epreuves()) sum += p.candidateMinutes(e, c);
            days = (int) Math.max(days, ceil(sum, uE));
        }
        // rooms: minutes needed per room kind over the rooms of that kind
        for (Epreuve e : p.epreuves()) {
            List<Room> rooms = p.rooms().stream().filter(r -> r.kind().equals(e.roomKind())).toList();
            if (rooms.isEmpty()) continue;
            long minutes = switch (e.grouping()) {
                case ALL -> e.minutes();
                case INDIVIDUAL -> present.stream().mapToLong(c -> p.candidateMinutes(e, c)).sum();
                case GROUP -> {
                    int limit = rooms.stream().mapToInt(r -> Problem.groupLimit(e, r)).max().orElse(1);
                    yield (long) Math.ceil(n / (double) limit) * e.minutes();
                }
            };
            days = (int) Math.max(days, ceil(minutes, (long) rooms.size() * uE));
        }
        return new Bounds(Math.max(1, days), bestJuryDays, juryMinutes);
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    private static int overlap(int a, int b, int c, int d) {
        return Math.max(0, Math.min(b, d) - Math.max(a, c));
    }
}
