package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.format.Solution.Sitting;
import fr.sessiontp.planner.format.Solution.SittingType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Sittings kept exactly where they are (pinned by hand, or already begun when re-planning). */
public final class Pins {
    private final List<Sitting> sittings;
    private final Map<String, Integer> assignments;

    /**
     * @param sittings    the pinned sittings
     * @param assignments pairs already decided (candidate id → pair index), may be empty
     */
    public Pins(List<Sitting> sittings, Map<String, Integer> assignments) {
        this.sittings = List.copyOf(sittings);
        this.assignments = Map.copyOf(assignments);
    }

    public static Pins none() {
        return new Pins(List.of(), Map.of());
    }

    public List<Sitting> sittings() {
        return sittings;
    }

    public boolean isEmpty() {
        return sittings.isEmpty();
    }

    static int pairOfMembers(Instance in, List<String> jury) {
        for (int k = 0; k < in.nPairs; k++) {
            if (new HashSet<>(in.problem.juryPairs().get(k)).equals(new HashSet<>(jury))) return k;
        }
        return -1;
    }

    List<Act> acts(Instance in) {
        List<Act> out = new ArrayList<>();
        for (Sitting s : sittings) {
            int day = in.problem.calendar().dayIndex(s.day());
            int room = in.problem.rooms().indexOf(in.problem.room(s.room()));
            if (day < 0 || room < 0) continue;
            Act a;
            if (s.type() == SittingType.JURY_TASK) {
                int t = in.taskIndex(s.task());
                if (t < 0 || s.pair() == null || s.pair() >= in.nPairs) continue;
                a = new Act(out.size(), true, t, s.pair(), new int[0], in.pairMembers[s.pair()], s.end() - s.start(),
                        false);
            } else {
                int e = in.epreuveIndex(s.epreuve());
                if (e < 0) continue;
                int[] cands = s.candidates().stream().map(in.candidateIndex::get).filter(x -> x != null)
                        .mapToInt(Integer::intValue).toArray();
                if (cands.length == 0) continue;
                int pair = in.isJury(e) ? pairOfMembers(in, s.jury()) : -1;
                int surv = -1;
                for (int i = 0; i < in.surveillants.size(); i++) {
                    if (in.surveillants.get(i).id().equals(s.surveillant())) surv = i;
                }
                a = new Act(out.size(), false, e, pair, cands, pair < 0 ? new int[0] : in.pairMembers[pair],
                        s.end() - s.start(), !in.isJury(e));
                a.durationOf = in.duration[e];
                a.surveillant = surv;
            }
            a.pinned = true;
            a.day = day;
            a.start = s.start();
            a.room = room;
            out.add(a);
        }
        return out;
    }

    int[] pairOf(Instance in) {
        int[] pairOf = new int[in.candidates.size()];
        Arrays.fill(pairOf, -1);
        assignments.forEach((id, k) -> {
            Integer c = in.candidateIndex.get(id);
            if (c != null && k >= 0 && k < in.nPairs) pairOf[c] = k;
        });
        for (Act a : acts(in)) {
            if (!a.task && a.pair >= 0) for (int c : a.cands) pairOf[c] = a.pair;
        }
        return pairOf;
    }
}
