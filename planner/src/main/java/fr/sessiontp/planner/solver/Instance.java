package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Problem.Candidate;
import fr.sessiontp.planner.format.Problem.Epreuve;
import fr.sessiontp.planner.format.Problem.Grouping;
import fr.sessiontp.planner.format.Problem.JuryTask;
import fr.sessiontp.planner.format.Problem.Presence;
import fr.sessiontp.planner.format.Problem.Room;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem compiled into arrays for the solver: present candidates, pairs, rooms, durations.
 * Absolute times are {@code dayIndex * 1440 + minuteOfDay}.
 */
public final class Instance {
    public static final int DAY = 1440;

    final Problem problem;
    final int nDays;
    final int dayStart;
    final int dayEnd;
    final int juryDayEnd;
    final int lunchStart;
    final int lunchEnd;
    final int g;
    final int changeover;
    /** Present candidates (indices into this array are the solver's candidate indices). */
    final List<Candidate> candidates;
    final Map<String, Integer> candidateIndex = new HashMap<>();
    final List<Epreuve> epreuves;
    final List<JuryTask> tasks;
    final List<Room> rooms;
    final int nPairs;
    /** Jury member indices of each pair. */
    final int[][] pairMembers;
    final List<String> juryIds;
    /** memberAvailable[member][day]. */
    final boolean[][] memberAvailable;
    /** pairAvailable[pair][day]. */
    final boolean[][] pairAvailable;
    /** allowedPairs[candidate]: pairs with no linked member (S3), the fixed one if any. */
    final int[][] allowedPairs;
    /** duration[epreuve][candidate], extra time included (P5, X3). */
    final int[][] duration;
    /** Rooms (indices into {@link #rooms}) usable by each épreuve / task. */
    final int[][] epreuveRooms;
    final int[][] taskRooms;
    /** Largest group for each épreuve (ALL: all candidates). */
    final int[] groupLimit;
    final List<Problem.Surveillant> surveillants;
    /** trainer[surveillant][candidate] (S4). */
    final boolean[][] trainer;
    final int responsableSurveillant;

    public Instance(Problem p) {
        this.problem = p;
        var cal = p.calendar();
        nDays = cal.days().size();
        dayStart = cal.dayStart();
        dayEnd = cal.dayEnd();
        juryDayEnd = cal.juryDayEnd();
        lunchStart = cal.lunch() == null ? -1 : cal.lunch().start();
        lunchEnd = cal.lunch() == null ? -1 : cal.lunch().end();
        g = cal.granularityMinutes();
        changeover = cal.changeoverMinutes();
        candidates = p.presentCandidates();
        for (int i = 0; i < candidates.size(); i++) {
            candidateIndex.put(candidates.get(i).id(), i);
        }
        epreuves = p.epreuves();
        tasks = p.juryTasks();
        rooms = p.rooms();
        nPairs = p.juryPairs().size();
        juryIds = p.jury().stream().map(Problem.JuryMember::id).toList();
        pairMembers = new int[nPairs][];
        for (int k = 0; k < nPairs; k++) {
            pairMembers[k] = p.juryPairs().get(k).stream().mapToInt(juryIds::indexOf).toArray();
        }
        memberAvailable = new boolean[juryIds.size()][nDays];
        for (int j = 0; j < juryIds.size(); j++) {
            for (int d = 0; d < nDays; d++) {
                memberAvailable[j][d] = !p.jury().get(j).unavailableDays().contains(cal.days().get(d));
            }
        }
        pairAvailable = new boolean[nPairs][nDays];
        for (int k = 0; k < nPairs; k++) {
            for (int d = 0; d < nDays; d++) {
                pairAvailable[k][d] = memberAvailable[pairMembers[k][0]][d] && memberAvailable[pairMembers[k][1]][d];
            }
        }
        allowedPairs = new int[candidates.size()][];
        for (int c = 0; c < candidates.size(); c++) {
            Candidate cand = candidates.get(c);
            List<Integer> ok = new ArrayList<>();
            for (int k = 0; k < nPairs; k++) {
                if (cand.pair() != null && cand.pair() != k) continue;
                boolean linked = false;
                for (String m : p.juryPairs().get(k)) {
                    linked |= cand.conflictsWith().contains(m);
                }
                if (!linked) ok.add(k);
            }
            allowedPairs[c] = ok.stream().mapToInt(Integer::intValue).toArray();
        }
        duration = new int[epreuves.size()][candidates.size()];
        epreuveRooms = new int[epreuves.size()][];
        groupLimit = new int[epreuves.size()];
        for (int e = 0; e < epreuves.size(); e++) {
            Epreuve ep = epreuves.get(e);
            for (int c = 0; c < candidates.size(); c++) {
                duration[e][c] = p.candidateMinutes(ep, candidates.get(c));
            }
            List<Integer> rs = new ArrayList<>();
            int maxLimit = 0;
            for (int r = 0; r < rooms.size(); r++) {
                if (rooms.get(r).kind().equals(ep.roomKind())) {
                    rs.add(r);
                    maxLimit = Math.max(maxLimit, Problem.groupLimit(ep, rooms.get(r)));
                }
            }
            epreuveRooms[e] = rs.stream().mapToInt(Integer::intValue).toArray();
            groupLimit[e] = switch (ep.grouping()) {
                case ALL -> candidates.size();
                case INDIVIDUAL -> 1;
                case GROUP -> Math.max(1, maxLimit);
            };
        }
        taskRooms = new int[tasks.size()][];
        for (int t = 0; t < tasks.size(); t++) {
            List<Integer> rs = new ArrayList<>();
            for (int r = 0; r < rooms.size(); r++) {
                if (rooms.get(r).kind().equals(tasks.get(t).roomKind()) && rooms.get(r).confidential()) rs.add(r);
            }
            taskRooms[t] = rs.stream().mapToInt(Integer::intValue).toArray();
        }
        surveillants = p.surveillants();
        trainer = new boolean[surveillants.size()][candidates.size()];
        int resp = -1;
        for (int s = 0; s < surveillants.size(); s++) {
            for (String c : surveillants.get(s).trainerOf()) {
                Integer ci = candidateIndex.get(c);
                if (ci != null) trainer[s][ci] = true;
            }
            if (surveillants.get(s).id().equals(p.responsable().id())) resp = s;
        }
        responsableSurveillant = resp;
    }

    boolean isJury(int epreuve) {
        return epreuves.get(epreuve).presence() == Presence.JURY;
    }

    boolean isAll(int epreuve) {
        return epreuves.get(epreuve).grouping() == Grouping.ALL;
    }

    int epreuveIndex(String id) {
        for (int i = 0; i < epreuves.size(); i++) {
            if (epreuves.get(i).id().equals(id)) return i;
        }
        return -1;
    }

    int taskIndex(String id) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id().equals(id)) return i;
        }
        return -1;
    }

    String day(int dayIndex) {
        return problem.calendar().days().get(dayIndex);
    }

    /** Whether [start, end) (minutes of one day) crosses the lunch break. */
    boolean overLunch(int start, int end) {
        return lunchStart >= 0 && start < lunchEnd && end > lunchStart;
    }
}
