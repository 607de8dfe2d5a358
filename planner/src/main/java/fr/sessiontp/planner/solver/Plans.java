package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.Solution.Assignment;
import fr.sessiontp.planner.format.Solution.Sitting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Converts the solver's sittings into the solution format. */
final class Plans {
    private Plans() {
    }

    static Solution toSolution(Instance in, List<Act> acts, int[] pairOf) {
        List<Assignment> assignments = new ArrayList<>();
        for (int c = 0; c < in.candidates.size(); c++) {
            if (pairOf[c] >= 0) assignments.add(new Assignment(in.candidates.get(c).id(), pairOf[c]));
        }
        List<Act> sorted = new ArrayList<>(acts);
        sorted.sort(Comparator.comparingInt(Act::absStart).thenComparingInt(a -> a.room));
        List<Sitting> sittings = new ArrayList<>();
        for (Act a : sorted) {
            String day = in.day(a.day);
            String room = in.rooms.get(a.room).id();
            List<String> jury = Arrays.stream(a.jury).mapToObj(in.juryIds::get).toList();
            if (a.task) {
                sittings.add(Sitting.task(in.tasks.get(a.activity).id(), a.pair, day, a.start, a.end(), room, jury));
            } else {
                int[] cands = a.cands.clone();
                Arrays.sort(cands);
                sittings.add(Sitting.epreuve(in.epreuves.get(a.activity).id(), day, a.start, a.end(), room,
                        Arrays.stream(cands).mapToObj(c -> in.candidates.get(c).id()).toList(), jury,
                        a.surveillant >= 0 ? in.surveillants.get(a.surveillant).id() : null));
            }
        }
        return new Solution(1, in.problem.sessionId(), assignments, sittings, null);
    }
}
