package fr.sessiontp.planner.replan;

import fr.sessiontp.planner.PlanResult;
import fr.sessiontp.planner.Planner;
import fr.sessiontp.planner.format.Messages;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.Solution.Sitting;
import fr.sessiontp.planner.format.Solution.SittingType;
import fr.sessiontp.planner.format.Times;
import fr.sessiontp.planner.solver.ReplanEngine;
import fr.sessiontp.planner.solver.SolverEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Re-planning: runs {@link ReplanEngine} and describes what moved, per sitting and per person. */
public final class Replanner {

    public ReplanResult replan(SolverEngine engine, Problem problem, Solution previous, ReplanRequest request,
                               SolverEngine.Options options, List<Sitting> pinnedByHand,
                               SolverEngine.Listener listener) {
        List<String> errors = new ArrayList<>();
        int dayIndex = -1;
        if (request.day() != null) {
            dayIndex = problem.calendar().dayIndex(request.day());
            if (dayIndex < 0) errors.add(Messages.get("replan.day", request.day()));
        }
        for (String c : request.absent()) {
            if (problem.candidate(c) == null) errors.add(Messages.get("replan.candidate", c));
        }
        for (String c : request.late().keySet()) {
            if (problem.candidate(c) == null) errors.add(Messages.get("replan.candidate", c));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", errors));
        }
        int nowAbs = dayIndex < 0 ? -1 : dayIndex * 1440 + request.now();
        Map<String, Integer> late = new HashMap<>();
        final int base = Math.max(0, dayIndex) * 1440;
        request.late().forEach((c, t) -> late.put(c, base + t));
        SolverEngine.Outcome out = new ReplanEngine().replan(engine, problem, previous, nowAbs, request.absent(),
                late, pinnedByHand, options, listener);
        PlanResult result = Planner.finish(problem, out, request.absent(), List.of());
        List<SittingChange> changes = new ArrayList<>();
        List<PersonChange> personChanges = new ArrayList<>();
        if (result.solution() != null) diff(previous, result.solution(), request.absent(), changes, personChanges);
        return new ReplanResult(result, changes, personChanges);
    }

    static String key(Sitting s, Set<String> absent) {
        if (s.type() == SittingType.JURY_TASK) return "T|" + s.task() + "|" + s.pair();
        List<String> c = new ArrayList<>(s.candidates());
        c.removeAll(absent);
        c.sort(String::compareTo);
        return "E|" + s.epreuve() + "|" + String.join(",", c);
    }

    static String where(Sitting s) {
        return Messages.get("replan.where", s.day(), Times.format(s.start()), Times.format(s.end()), s.room());
    }

    private static void diff(Solution before, Solution after, Set<String> absent, List<SittingChange> changes,
                             List<PersonChange> personChanges) {
        Map<String, Sitting> old = new HashMap<>();
        for (Sitting s : before.sittings()) old.putIfAbsent(key(s, absent), s);
        for (Sitting s : after.sittings()) {
            Sitting o = old.get(key(s, absent));
            if (o == null) continue;
            boolean moved = !o.day().equals(s.day()) || o.start() != s.start() || !o.room().equals(s.room());
            boolean lost = !o.candidates().equals(s.candidates());
            boolean survChanged = o.surveillant() != null && !o.surveillant().equals(s.surveillant());
            if (!moved && !lost && !survChanged) continue;
            Set<String> people = new LinkedHashSet<>(s.candidates());
            people.addAll(s.jury());
            if (s.surveillant() != null) people.add(s.surveillant());
            if (o.surveillant() != null) people.add(o.surveillant());
            String activity = s.activity();
            String message;
            if (moved) {
                message = Messages.get("replan.moved", activity, String.join(", ", people), where(o), where(s));
            } else if (lost) {
                Set<String> gone = new HashSet<>(o.candidates());
                gone.removeAll(s.candidates());
                message = Messages.get("replan.removed", activity, where(s), String.join(", ", gone));
            } else {
                message = Messages.get("replan.surveillant", activity, where(s), o.surveillant(), s.surveillant());
            }
            changes.add(new SittingChange(o, s, List.copyOf(people), message));
            if (moved) {
                for (String p : people) {
                    personChanges.add(new PersonChange(p, activity,
                            Messages.get("replan.person", p, activity, where(o), where(s))));
                }
            }
        }
    }
}
