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
        // days on which each pair is complete (both members available), most first: k pairs offer at most
        // the first k of these pair-days
        int[] avail = availableDays(p);
        int bestJuryDays = Integer.MAX_VALUE;
        int bestDays = Integer.MAX_VALUE;
        long[] pairDaysOf = new long[Math.max(1, Math.min(pairs, n)) + 1];
        for (int k = 1; k <= Math.max(1, Math.min(pairs, n)); k++) {
            long w = base + k * tasks;
            long offered = 0;
            for (int i = 0; i < k && i < avail.length; i++) offered += avail[i];
            // each pair-day holds at most uJ minutes of jury work and at most uE minutes of jury épreuves
            long pairDays = Math.max(k, Math.max(ceil(w, uJ), ceil(base, uE)));
            if (offered < pairDays) continue;  // k pairs cannot hold the work on the days they are complete
            pairDaysOf[k] = pairDays;
            long jd = disjoint ? 2 * pairDays : Math.max(2, ceil(2 * w, uJ));
            bestJuryDays = (int) Math.min(bestJuryDays, jd);
            bestDays = (int) Math.min(bestDays, ceil(w, (long) k * uJ));
        }
        if (bestJuryDays == Integer.MAX_VALUE) return new Bounds(1, 2, 0);
        int juryMinutes = Integer.MAX_VALUE;
        for (int k = 1; k <= Math.max(1, Math.min(pairs, n)); k++) {
            long w = base + k * tasks;
            long pairDays = pairDaysOf[k];
            if (pairDays == 0) continue;
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

    /** For each pair, the number of calendar days on which both members are available, largest first. */
    static int[] availableDays(Problem p) {
        int[] out = new int[p.juryPairs().size()];
        for (int k = 0; k < out.length; k++) {
            for (String day : p.calendar().days()) {
                boolean ok = true;
                for (String m : p.juryPairs().get(k)) {
                    Problem.JuryMember j = p.juryMember(m);
                    ok &= j == null || !j.unavailableDays().contains(day);
                }
                if (ok) out[k]++;
            }
        }
        return java.util.Arrays.stream(out).boxed().sorted(java.util.Comparator.reverseOrder())
                .mapToInt(Integer::intValue).toArray();
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    private static int overlap(int a, int b, int c, int d) {
        return Math.max(0, Math.min(b, d) - Math.max(a, c));
    }
}
