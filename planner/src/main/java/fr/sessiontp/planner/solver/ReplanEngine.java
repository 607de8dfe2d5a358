package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.Solution.Sitting;
import fr.sessiontp.planner.format.Solution.SittingType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-planning around pinned sittings: the previous déroulé's sittings begun before "now" (and those
 * pinned by hand) stay; absent candidates leave future sittings; late candidates' future sittings
 * start after their arrival; Timefold re-optimises the rest starting from where it was, with an extra
 * score level that counts moved sittings (fewer changes to announce).
 */
public final class ReplanEngine {

    /**
     * @param nowAbsolute  dayIndex × 1440 + minute; sittings starting before it are pinned (−1: none)
     * @param absent       candidates removed from future sittings
     * @param lateArrival  candidate id → absolute arrival time
     * @param pinnedByHand sittings of {@code previous} to keep as they are
     */
    public SolverEngine.Outcome replan(SolverEngine engine, Problem p, Solution previous, int nowAbsolute,
                                       Set<String> absent, Map<String, Integer> lateArrival,
                                       List<Sitting> pinnedByHand, SolverEngine.Options o,
                                       SolverEngine.Listener listener) {
        long t0 = System.nanoTime();
        Instance in = new Instance(p);
        int[] pairOf = new int[in.candidates.size()];
        Arrays.fill(pairOf, -1);
        for (var a : previous.assignments()) {
            Integer c = in.candidateIndex.get(a.candidate());
            if (c != null && a.pair() >= 0 && a.pair() < in.nPairs) pairOf[c] = a.pair();
        }
        List<Act> acts = new ArrayList<>();
        for (Sitting s : previous.sittings()) {
            int day = p.calendar().dayIndex(s.day());
            int room = p.rooms().indexOf(p.room(s.room()));
            if (day < 0 || room < 0) continue;
            int abs = day * Instance.DAY + s.start();
            boolean pinned = abs < nowAbsolute || pinnedByHand.contains(s);
            Act a;
            if (s.type() == SittingType.JURY_TASK) {
                int t = in.taskIndex(s.task());
                if (t < 0 || s.pair() == null || s.pair() < 0 || s.pair() >= in.nPairs) continue;
                a = new Act(acts.size(), true, t, s.pair(), new int[0], in.pairMembers[s.pair()], s.end() - s.start(),
                        false);
            } else {
                int e = in.epreuveIndex(s.epreuve());
                if (e < 0) continue;
                List<Integer> cands = new ArrayList<>();
                for (String id : s.candidates()) {
                    Integer c = in.candidateIndex.get(id);
                    if (c == null) continue;
                    if (!pinned && absent.contains(id)) continue;
                    cands.add(c);
                }
                if (cands.isEmpty()) continue;
                int[] ca = cands.stream().mapToInt(Integer::intValue).toArray();
                int pair = in.isJury(e) ? Pins.pairOfMembers(in, s.jury()) : -1;
                int duration = s.end() - s.start();
                if (!pinned) {
                    duration = 0;
                    for (int c : ca) duration = Math.max(duration, in.duration[e][c]);
                }
                a = new Act(acts.size(), false, e, pair, ca, pair < 0 ? new int[0] : in.pairMembers[pair], duration,
                        !in.isJury(e));
                a.durationOf = in.duration[e];
                for (int i = 0; i < in.surveillants.size(); i++) {
                    if (in.surveillants.get(i).id().equals(s.surveillant())) a.surveillant = i;
                }
                if (!pinned) {
                    for (int c : ca) {
                        Integer arrival = lateArrival.get(in.candidates.get(c).id());
                        if (arrival != null) a.notBefore = Math.max(a.notBefore, arrival);
                    }
                }
            }
            a.pinned = pinned;
            if (!pinned) a.notBefore = Math.max(a.notBefore, Math.max(0, nowAbsolute));
            a.day = day;
            a.start = s.start();
            a.room = room;
            a.prevDay = day;
            a.prevStart = s.start();
            a.prevRoom = room;
            a.prevSurveillant = a.surveillant;
            acts.add(a);
        }
        Links.link(in, acts, pairOf);
        Greedy.computeTails(acts);
        new Greedy(in, Pins.none()).repair(acts);
        ModelBuilder mb = new ModelBuilder(in);
        return engine.improve(in, acts, pairOf, o, listener, t0, null, mb);
    }
}
