package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.format.Messages;
import fr.sessiontp.planner.format.Problem;
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
 * Finds the obvious causes that make a problem infeasible before any search, with French reasons
 * (a room kind missing, everyone linked to every pair, days too short, a pair never available…).
 */
public final class PreCheck {
    private PreCheck() {
    }

    public static List<String> reasons(Problem p) {
        Instance in = new Instance(p);
        List<String> out = new ArrayList<>();
        boolean needsPairs = !in.candidates.isEmpty();
        if (needsPairs && in.nPairs == 0) {
            out.add(Messages.get("precheck.noPair"));
        }
        int usableEpreuve = usable(in, in.dayEnd);
        int usableJury = usable(in, in.juryDayEnd);
        for (int e = 0; e < in.epreuves.size(); e++) {
            Epreuve ep = in.epreuves.get(e);
            if (in.candidates.isEmpty()) break;
            if (in.epreuveRooms[e].length == 0) {
                out.add(Messages.get("precheck.roomKind", ep.id(), ep.roomKind()));
            } else if (ep.grouping() == Grouping.ALL) {
                int max = 0;
                for (int r : in.epreuveRooms[e]) max = Math.max(max, in.rooms.get(r).capacity());
                if (max < in.candidates.size()) {
                    out.add(Messages.get("precheck.allCapacity", ep.id(), in.candidates.size(), max));
                }
            }
            int longest = 0;
            for (int c = 0; c < in.candidates.size(); c++) longest = Math.max(longest, in.duration[e][c]);
            if (longest > usableEpreuve) {
                out.add(Messages.get("precheck.tooLong", ep.id(), longest, usableEpreuve));
            }
            if (ep.presence() == Presence.SURVEILLANT) {
                List<Integer> usableSurv = new ArrayList<>();
                for (int s = 0; s < in.surveillants.size(); s++) if (s != in.responsableSurveillant) usableSurv.add(s);
                if (usableSurv.isEmpty()) {
                    out.add(Messages.get("precheck.noSurveillant", ep.id()));
                } else {
                    for (int c = 0; c < in.candidates.size(); c++) {
                        boolean any = false;
                        for (int s : usableSurv) any |= !in.trainer[s][c];
                        if (!any) out.add(Messages.get("precheck.s4", ep.id(), in.candidates.get(c).id()));
                    }
                    if (ep.grouping() == Grouping.ALL) {
                        boolean any = false;
                        for (int s : usableSurv) {
                            boolean ok = true;
                            for (int c = 0; c < in.candidates.size(); c++) ok &= !in.trainer[s][c];
                            any |= ok;
                        }
                        if (!any) out.add(Messages.get("precheck.s4all", ep.id()));
                    }
                }
            }
        }
        for (int t = 0; t < in.tasks.size() && needsPairs; t++) {
            JuryTask task = in.tasks.get(t);
            if (in.taskRooms[t].length == 0) {
                out.add(Messages.get("precheck.p7", task.id(), task.roomKind()));
            }
            if (task.minutes() > usableJury) {
                out.add(Messages.get("precheck.tooLong", task.id(), task.minutes(), usableJury));
            }
        }
        boolean juryNeeded = !in.tasks.isEmpty() || in.epreuves.stream().anyMatch(e -> e.presence() == Presence.JURY);
        for (int c = 0; c < in.candidates.size(); c++) {
            String id = in.candidates.get(c).id();
            if (in.allowedPairs[c].length == 0) {
                Integer fixed = in.candidates.get(c).pair();
                out.add(fixed != null ? Messages.get("precheck.s3fixed", id, fixed) : Messages.get("precheck.s3", id));
                continue;
            }
            if (!juryNeeded) continue;
            boolean any = false;
            for (int k : in.allowedPairs[c]) {
                for (int d = 0; d < in.nDays; d++) any |= in.pairAvailable[k][d];
            }
            if (!any) out.add(Messages.get("precheck.unavailable", id));
        }
        String cycle = taskCycle(p);
        if (cycle != null) out.add(Messages.get("precheck.cycle", cycle));
        return out;
    }

    /** Longest stretch of a day outside lunch. */
    private static int usable(Instance in, int end) {
        if (in.lunchStart < 0 || in.lunchEnd <= in.dayStart || in.lunchStart >= end) return end - in.dayStart;
        return Math.max(Math.max(0, in.lunchStart - in.dayStart), Math.max(0, end - in.lunchEnd));
    }

    /** A cycle in the order graph of épreuves and tasks (after, afterJuryTasks, afterEpreuves, beforeEpreuves). */
    private static String taskCycle(Problem p) {
        Map<String, List<String>> next = new HashMap<>();
        for (Epreuve e : p.epreuves()) {
            for (String b : e.after()) next.computeIfAbsent("E:" + b, k -> new ArrayList<>()).add("E:" + e.id());
            for (String t : e.afterJuryTasks()) next.computeIfAbsent("T:" + t, k -> new ArrayList<>()).add("E:" + e.id());
        }
        for (JuryTask t : p.juryTasks()) {
            for (String e : t.afterEpreuves()) next.computeIfAbsent("E:" + e, k -> new ArrayList<>()).add("T:" + t.id());
            for (String e : t.beforeEpreuves()) next.computeIfAbsent("T:" + t.id(), k -> new ArrayList<>()).add("E:" + e);
        }
        Map<String, Integer> state = new HashMap<>();
        for (String n : new ArrayList<>(next.keySet())) {
            List<String> stack = new ArrayList<>();
            String c = dfs(n, next, state, stack);
            if (c != null) return c;
        }
        return null;
    }

    private static String dfs(String n, Map<String, List<String>> next, Map<String, Integer> state, List<String> stack) {
        Integer s = state.get(n);
        if (s != null && s == 2) return null;
        if (s != null && s == 1) {
            List<String> cyc = new ArrayList<>(stack.subList(stack.indexOf(n), stack.size()));
            cyc.add(n);
            return String.join(" → ", cyc.stream().map(x -> x.substring(2)).toList());
        }
        state.put(n, 1);
        stack.add(n);
        for (String m : next.getOrDefault(n, List.of())) {
            String c = dfs(m, next, state, stack);
            if (c != null) return c;
        }
        stack.remove(stack.size() - 1);
        state.put(n, 2);
        return null;
    }

    static boolean roomKindExists(Problem p, String kind) {
        for (Room r : p.rooms()) if (r.kind().equals(kind)) return true;
        return false;
    }
}
