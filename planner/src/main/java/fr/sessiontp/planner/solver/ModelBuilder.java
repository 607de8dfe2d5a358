package fr.sessiontp.planner.solver;

import fr.sessiontp.planner.format.Problem.Grouping;
import fr.sessiontp.planner.solver.Facts.CandidateFact;
import fr.sessiontp.planner.solver.Facts.JuryMemberFact;
import fr.sessiontp.planner.solver.Facts.Precedence;
import fr.sessiontp.planner.solver.Facts.RoomFact;
import fr.sessiontp.planner.solver.Facts.Settings;
import fr.sessiontp.planner.solver.Facts.SurveillantFact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the Timefold {@link Schedule} from a plan's sittings, and copies the solver's choices back. */
final class ModelBuilder {
    final Instance in;
    final Settings settings;
    final List<RoomFact> rooms = new ArrayList<>();
    final List<SurveillantFact> surveillants = new ArrayList<>();
    final List<JuryMemberFact> juryMembers = new ArrayList<>();
    final List<CandidateFact> candidates = new ArrayList<>();

    ModelBuilder(Instance in) {
        this.in = in;
        settings = new Settings(in.dayStart, in.dayEnd, in.juryDayEnd, in.lunchStart, in.lunchEnd, in.g,
                in.changeover);
        for (int r = 0; r < in.rooms.size(); r++) {
            var room = in.rooms.get(r);
            rooms.add(new RoomFact(r, room.id(), room.kind(), room.capacity(), room.confidential()));
        }
        for (int s = 0; s < in.surveillants.size(); s++) {
            BitSet trainees = new BitSet();
            for (int c = 0; c < in.candidates.size(); c++) if (in.trainer[s][c]) trainees.set(c);
            surveillants.add(new SurveillantFact(s, in.surveillants.get(s).id(), s == in.responsableSurveillant,
                    trainees));
        }
        for (int j = 0; j < in.juryIds.size(); j++) {
            BitSet un = new BitSet();
            for (int d = 0; d < in.nDays; d++) if (!in.memberAvailable[j][d]) un.set(d);
            juryMembers.add(new JuryMemberFact(j, in.juryIds.get(j), un));
        }
        for (int c = 0; c < in.candidates.size(); c++) {
            BitSet linked = new BitSet();
            for (String m : in.candidates.get(c).conflictsWith()) {
                int j = in.juryIds.indexOf(m);
                if (j >= 0) linked.set(j);
            }
            candidates.add(new CandidateFact(c, in.candidates.get(c).id(), linked));
        }
    }

    Schedule build(List<Act> acts) {
        List<SittingEntity> entities = new ArrayList<>();
        List<Precedence> precedences = new ArrayList<>();
        for (Act a : acts) {
            entities.add(entity(a));
            for (int i = 0; i < a.preds.size(); i++) {
                precedences.add(new Precedence(id(a.preds.get(i)), id(a), a.predKinds.get(i)));
            }
        }
        return new Schedule(rooms, surveillants, juryMembers, candidates, precedences, entities);
    }

    static String id(Act a) {
        return "S" + a.id;
    }

    SittingEntity entity(Act a) {
        String activityId = a.task ? in.tasks.get(a.activity).id() : in.epreuves.get(a.activity).id();
        String kind = a.task ? in.tasks.get(a.activity).roomKind() : in.epreuves.get(a.activity).roomKind();
        BitSet unavailable = new BitSet();
        for (int j : a.jury) for (int d = 0; d < in.nDays; d++) if (!in.memberAvailable[j][d]) unavailable.set(d);
        int[] durations = new int[a.task ? 0 : a.cands.length];
        for (int i = 0; i < durations.length; i++) durations[i] = in.duration[a.activity][a.cands[i]];
        int groupLimit = Integer.MAX_VALUE;
        if (!a.task) {
            var ep = in.epreuves.get(a.activity);
            if (ep.grouping() == Grouping.INDIVIDUAL) groupLimit = 1;
            else if (ep.grouping() == Grouping.GROUP && ep.groupSize() != null) groupLimit = ep.groupSize();
        }
        SittingEntity s = new SittingEntity(id(a), a.task, a.activity, activityId, kind, a.pair, a.cands, a.jury,
                unavailable, a.duration, durations, groupLimit, a.needsSurveillant, settings);
        s.setNotBefore(a.notBefore);
        if (a.pinned && a.placed()) {
            s.setRanges(List.of(a.absStart()), List.of(rooms.get(a.room)),
                    List.of(a.surveillant >= 0 ? surveillants.get(a.surveillant) : SurveillantFact.NONE));
            s.setPinned(true);
        } else {
            s.setRanges(starts(a), roomRange(a, kind), survRange(a));
        }
        if (a.placed()) {
            s.setStart(a.absStart());
            s.setRoom(rooms.get(a.room));
            s.setSurveillant(a.surveillant >= 0 ? surveillants.get(a.surveillant) : SurveillantFact.NONE);
        }
        return s;
    }

    private List<Integer> starts(Act a) {
        List<Integer> out = new ArrayList<>();
        int limit = a.task ? in.juryDayEnd : in.dayEnd;
        for (int d = 0; d < in.nDays; d++) {
            if (a.pair >= 0 && a.jury.length > 0 && !in.pairAvailable[a.pair][d]) continue;
            int first = ((in.dayStart + in.g - 1) / in.g) * in.g;
            for (int t = first; t + a.duration <= limit; t += in.g) {
                if (in.overLunch(t, t + a.duration)) continue;
                int abs = d * Instance.DAY + t;
                if (abs < a.notBefore) continue;
                out.add(abs);
            }
        }
        if (a.placed() && !out.contains(a.absStart())) out.add(a.absStart());
        if (out.isEmpty()) out.add(a.notBefore > 0 ? a.notBefore : in.dayStart);
        return out;
    }

    private List<RoomFact> roomRange(Act a, String kind) {
        List<RoomFact> out = new ArrayList<>();
        for (RoomFact r : rooms) {
            if (r.kind().equals(kind) && r.capacity() >= a.cands.length && (!a.task || r.confidential())) out.add(r);
        }
        if (out.isEmpty()) out.addAll(rooms);
        if (a.placed() && !out.contains(rooms.get(a.room))) out.add(rooms.get(a.room));
        return out;
    }

    private List<SurveillantFact> survRange(Act a) {
        if (!a.needsSurveillant) return List.of(SurveillantFact.NONE);
        List<SurveillantFact> out = new ArrayList<>();
        for (SurveillantFact s : surveillants) {
            boolean ok = !s.responsable();
            for (int c : a.cands) ok &= !in.trainer[s.index()][c];
            if (ok) out.add(s);
        }
        if (out.isEmpty()) out.addAll(surveillants);
        if (out.isEmpty()) out.add(SurveillantFact.NONE);
        if (a.placed() && a.surveillant >= 0 && !out.contains(surveillants.get(a.surveillant))) {
            out.add(surveillants.get(a.surveillant));
        }
        return out;
    }

    /** Copies the solver's start, room and surveillant back into the plan's sittings. */
    static void copyBack(Schedule schedule, List<Act> acts) {
        Map<String, SittingEntity> byId = new HashMap<>();
        for (SittingEntity s : schedule.getSittings()) byId.put(s.getId(), s);
        for (Act a : acts) {
            SittingEntity s = byId.get(id(a));
            if (s == null || s.getStart() == null) continue;
            a.day = s.getStart() / Instance.DAY;
            a.start = s.getStart() % Instance.DAY;
            a.room = s.getRoom().index();
            a.surveillant = s.getSurveillant().none() ? -1 : s.getSurveillant().index();
        }
    }
}
