package fr.sessiontp.planner.validation;

import fr.sessiontp.planner.format.Messages;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Problem.Candidate;
import fr.sessiontp.planner.format.Problem.Epreuve;
import fr.sessiontp.planner.format.Problem.Grouping;
import fr.sessiontp.planner.format.Problem.JuryMember;
import fr.sessiontp.planner.format.Problem.JuryTask;
import fr.sessiontp.planner.format.Problem.Presence;
import fr.sessiontp.planner.format.Problem.Room;
import fr.sessiontp.planner.format.Problem.Surveillant;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.Solution.Assignment;
import fr.sessiontp.planner.format.Solution.Metrics;
import fr.sessiontp.planner.format.Solution.Sitting;
import fr.sessiontp.planner.format.Solution.SittingType;
import fr.sessiontp.planner.format.Times;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Independent validator: checks hard constraints 1–7 of FORMAT.md on a (problem, solution) pair with
 * plain imperative code (it shares no constraint code with the solver) and computes the metrics.
 */
public final class Validator {

    /** Candidates withdrawn during the session (re-planning): they may miss épreuves not yet sat. */
    private final Set<String> withdrawn;

    public Validator() {
        this(Set.of());
    }

    public Validator(Set<String> withdrawn) {
        this.withdrawn = Set.copyOf(withdrawn);
    }

    public ValidationReport validate(Problem p, Solution s) {
        Run run = new Run(p, s);
        run.check();
        return new ValidationReport(run.violations, run.warnings, metrics(p, s));
    }

    // ------------------------------------------------------------------ metrics

    /**
     * When a person leaves a sitting: a candidate of an épreuve sitting at its start plus their own duration
     * (FORMAT.md, "Duration of a sitting"); everyone else (jury, surveillant) at the sitting's end.
     */
    static int leaves(Problem p, Sitting st, String person) {
        if (st.type() != SittingType.EPREUVE || !st.candidates().contains(person)) return st.end();
        Epreuve e = p.epreuve(st.epreuve());
        Candidate c = p.candidate(person);
        if (e == null || c == null) return st.end();
        return Math.min(st.end(), st.start() + p.candidateMinutes(e, c));
    }

    /** The metrics exactly as FORMAT.md defines them. */
    public static Metrics metrics(Problem p, Solution s) {
        List<String> days = p.calendar().days();
        Set<String> used = new HashSet<>();
        Map<String, Map<String, int[]>> jury = new HashMap<>(); // member -> day -> {min start, max end}
        Map<String, Map<String, int[]>> cand = new HashMap<>(); // candidate -> day -> {min, max, busy}
        String lastDay = null;
        int lastEnd = 0;
        for (Sitting st : s.sittings()) {
            used.add(st.day());
            if (lastDay == null || days.indexOf(st.day()) > days.indexOf(lastDay)) {
                lastDay = st.day();
                lastEnd = st.end();
            } else if (lastDay.equals(st.day())) {
                lastEnd = Math.max(lastEnd, st.end());
            }
            for (String j : new HashSet<>(st.jury())) {
                int[] span = jury.computeIfAbsent(j, k -> new HashMap<>())
                        .computeIfAbsent(st.day(), k -> new int[]{Integer.MAX_VALUE, Integer.MIN_VALUE});
                span[0] = Math.min(span[0], st.start());
                span[1] = Math.max(span[1], st.end());
            }
            for (String c : new HashSet<>(st.candidates())) {
                int[] span = cand.computeIfAbsent(c, k -> new HashMap<>())
                        .computeIfAbsent(st.day(), k -> new int[]{Integer.MAX_VALUE, Integer.MIN_VALUE, 0});
                int leaves = leaves(p, st, c);
                span[0] = Math.min(span[0], st.start());
                span[1] = Math.max(span[1], leaves);
                span[2] += leaves - st.start();
            }
        }
        int juryDays = 0;
        int juryMinutes = 0;
        for (Map<String, int[]> perDay : jury.values()) {
            juryDays += perDay.size();
            for (int[] span : perDay.values()) {
                juryMinutes += span[1] - span[0];
            }
        }
        int idle = 0;
        for (Map<String, int[]> perDay : cand.values()) {
            for (int[] span : perDay.values()) {
                idle += span[1] - span[0] - span[2];
            }
        }
        return new Metrics(used.size(), juryDays, juryMinutes, lastDay, lastEnd, idle);
    }

    // ------------------------------------------------------------------ checks

    private final class Run {
        final Problem p;
        final Solution s;
        final List<Violation> violations = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();
        final Map<String, Integer> pairOf = new HashMap<>();
        final int g;

        Run(Problem p, Solution s) {
            this.p = p;
            this.s = s;
            this.g = p.calendar().granularityMinutes();
        }

        void add(int constraint, String rule, Collection<Sitting> sittings, Collection<String> people, String key,
                 Object... args) {
            violations.add(new Violation(constraint, rule, sittings.stream().map(this::describe).toList(),
                    List.copyOf(people), Messages.get(key, args)));
        }

        String describe(Sitting st) {
            return Messages.get("validation.sitting", st.activity(), st.day(), Times.format(st.start()),
                    Times.format(st.end()), st.room());
        }

        int abs(Sitting st, int minute) {
            return p.calendar().dayIndex(st.day()) * 1440 + minute;
        }

        void check() {
            if (!p.sessionId().equals(s.sessionId())) {
                add(1, null, List.of(), List.of(), "validation.session", s.sessionId(), p.sessionId());
            }
            checkAssignments();
            checkReferencesAndSittings();
            checkCompleteness();
            checkRooms();
            checkPeople();
            checkOrders();
            checkP3();
        }

        void checkAssignments() {
            for (Assignment a : s.assignments()) {
                Candidate c = p.candidate(a.candidate());
                if (c == null) {
                    add(1, null, List.of(), List.of(a.candidate()), "validation.unknown.candidate", a.candidate());
                    continue;
                }
                if (pairOf.containsKey(c.id())) {
                    add(1, null, List.of(), List.of(c.id()), "validation.assignment.twice", c.id());
                    continue;
                }
                if (c.absent()) {
                    add(1, null, List.of(), List.of(c.id()), "validation.assignment.absent", c.id());
                }
                if (a.pair() < 0 || a.pair() >= p.juryPairs().size()) {
                    add(6, null, List.of(), List.of(c.id()), "validation.pair.unknown", c.id(), a.pair());
                    continue;
                }
                pairOf.put(c.id(), a.pair());
                if (c.pair() != null && c.pair() != a.pair()) {
                    add(6, null, List.of(), List.of(c.id()), "validation.pair.fixed", c.id(), c.pair(), a.pair());
                }
                for (String j : p.juryPairs().get(a.pair())) {
                    if (c.conflictsWith().contains(j)) {
                        add(6, "S3", List.of(), List.of(c.id(), j), "validation.s3", c.id(), j, a.pair());
                    }
                }
            }
            for (Candidate c : p.candidates()) {
                if (!c.absent() && !pairOf.containsKey(c.id()) && !withdrawn.contains(c.id())) {
                    add(1, null, List.of(), List.of(c.id()), "validation.assignment.missing", c.id());
                }
            }
        }

        void checkReferencesAndSittings() {
            int dayStart = p.calendar().dayStart();
            for (Sitting st : s.sittings()) {
                List<Sitting> one = List.of(st);
                if (p.calendar().dayIndex(st.day()) < 0) {
                    add(2, null, one, List.of(), "validation.day.unknown", st.day());
                }
                Room room = p.room(st.room());
                if (room == null) {
                    add(3, null, one, List.of(), "validation.room.unknown", st.room());
                }
                int limit;
                int expected;
                if (st.type() == SittingType.EPREUVE) {
                    Epreuve e = p.epreuve(st.epreuve());
                    if (e == null) {
                        add(1, null, one, List.of(), "validation.epreuve.unknown", st.epreuve());
                        continue;
                    }
                    limit = p.calendar().dayEnd();
                    expected = 0;
                    boolean extra = false;
                    for (String cid : st.candidates()) {
                        Candidate c = p.candidate(cid);
                        if (c == null) {
                            add(1, null, one, List.of(cid), "validation.unknown.candidate", cid);
                            continue;
                        }
                        int d = p.candidateMinutes(e, c);
                        expected = Math.max(expected, d);
                        extra |= c.extraTimePercent() > 0 && d == expected && d != roundUp(e.minutes());
                    }
                    if (st.candidates().isEmpty()) {
                        add(3, null, one, List.of(), "validation.sitting.empty");
                        expected = st.end() - st.start();
                    }
                    if (room != null && !room.kind().equals(e.roomKind())) {
                        add(3, null, one, List.of(), "validation.room.kind", room.id(), room.kind(), e.roomKind());
                    }
                    checkPresence(st, e);
                    if (st.end() - st.start() != expected) {
                        add(2, extra ? "X3" : "P5", one, List.of(), "validation.duration",
                                st.end() - st.start(), expected);
                    }
                } else {
                    JuryTask t = p.juryTask(st.task());
                    if (t == null) {
                        add(1, null, one, List.of(), "validation.task.unknown", st.task());
                        continue;
                    }
                    limit = p.calendar().juryDayEnd();
                    expected = t.minutes();
                    if (st.end() - st.start() != expected) {
                        add(2, "P5", one, List.of(), "validation.duration", st.end() - st.start(), expected);
                    }
                    if (room != null && !room.kind().equals(t.roomKind())) {
                        add(3, null, one, List.of(), "validation.room.kind", room.id(), room.kind(), t.roomKind());
                    }
                    if (room != null && !room.confidential()) {
                        add(3, "P7", one, List.of(), "validation.p7", room.id());
                    }
                    if (!st.candidates().isEmpty()) {
                        add(5, null, one, st.candidates(), "validation.task.candidates");
                    }
                    if (st.pair() == null || st.pair() < 0 || st.pair() >= p.juryPairs().size()) {
                        add(5, null, one, List.of(), "validation.task.pair", st.pair());
                    } else if (!sameMembers(st.jury(), p.juryPairs().get(st.pair()))) {
                        add(5, null, one, st.jury(), "validation.task.jury", st.pair(),
                                String.join(", ", p.juryPairs().get(st.pair())));
                    }
                    checkJuryDays(st);
                }
                if (st.start() < dayStart || st.end() > limit) {
                    add(2, null, one, List.of(), "validation.bounds", Times.format(dayStart), Times.format(limit));
                }
                if (st.start() % g != 0) {
                    add(2, null, one, List.of(), "validation.granularity", g);
                }
                var lunch = p.calendar().lunch();
                if (lunch != null && st.start() < lunch.end() && st.end() > lunch.start()) {
                    add(2, null, one, List.of(), "validation.lunch", Times.format(lunch.start()),
                            Times.format(lunch.end()));
                }
            }
        }

        int roundUp(int minutes) {
            return ((minutes + g - 1) / g) * g;
        }

        boolean sameMembers(List<String> a, List<String> b) {
            return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
        }

        void checkJuryDays(Sitting st) {
            for (String j : st.jury()) {
                JuryMember m = p.juryMember(j);
                if (m == null) {
                    add(5, null, List.of(st), List.of(j), "validation.unknown.jury", j);
                } else if (m.unavailableDays().contains(st.day())) {
                    add(5, null, List.of(st), List.of(j), "validation.jury.unavailable", j, st.day());
                }
            }
        }

        void checkPresence(Sitting st, Epreuve e) {
            List<Sitting> one = List.of(st);
            if (e.presence() == Presence.JURY) {
                if (st.surveillant() != null) {
                    add(5, null, one, List.of(st.surveillant()), "validation.jury.surveillant");
                }
                Set<Integer> pairs = new HashSet<>();
                for (String c : st.candidates()) {
                    if (pairOf.containsKey(c)) pairs.add(pairOf.get(c));
                }
                if (pairs.size() > 1) {
                    add(5, null, one, st.candidates(), "validation.jury.pairs", pairs);
                } else if (pairs.size() == 1) {
                    int pair = pairs.iterator().next();
                    if (!sameMembers(st.jury(), p.juryPairs().get(pair))) {
                        add(5, null, one, st.jury(), "validation.jury.members", pair,
                                String.join(", ", p.juryPairs().get(pair)));
                    }
                }
                checkJuryDays(st);
            } else {
                if (!st.jury().isEmpty()) {
                    add(5, null, one, st.jury(), "validation.surveillant.jury");
                }
                if (st.surveillant() == null) {
                    add(5, null, one, List.of(), "validation.surveillant.missing");
                    return;
                }
                if (st.surveillant().equals(p.responsable().id())) {
                    add(5, "S5", one, List.of(st.surveillant()), "validation.s5", st.surveillant());
                    return;
                }
                Surveillant sv = p.surveillant(st.surveillant());
                if (sv == null) {
                    add(5, null, one, List.of(st.surveillant()), "validation.surveillant.unknown", st.surveillant());
                    return;
                }
                for (String c : st.candidates()) {
                    if (sv.trainerOf().contains(c)) {
                        add(5, "S4", one, List.of(sv.id(), c), "validation.s4", sv.id(), c);
                    }
                }
            }
        }

        void checkCompleteness() {
            // constraint 1: each present candidate sits each épreuve exactly once
            Map<String, Map<String, List<Sitting>>> byCandidate = new HashMap<>();
            Map<String, List<Sitting>> byEpreuve = new HashMap<>();
            for (Sitting st : s.sittings()) {
                if (st.type() != SittingType.EPREUVE) continue;
                byEpreuve.computeIfAbsent(st.epreuve(), k -> new ArrayList<>()).add(st);
                for (String c : st.candidates()) {
                    byCandidate.computeIfAbsent(c, k -> new HashMap<>())
                            .computeIfAbsent(st.epreuve(), k -> new ArrayList<>()).add(st);
                }
            }
            for (Candidate c : p.candidates()) {
                Map<String, List<Sitting>> mine = byCandidate.getOrDefault(c.id(), Map.of());
                for (Epreuve e : p.epreuves()) {
                    List<Sitting> list = mine.getOrDefault(e.id(), List.of());
                    if (c.absent() && !list.isEmpty()) {
                        add(1, null, list, List.of(c.id()), "validation.absent.sits", c.id(), e.id());
                    } else if (!c.absent() && list.isEmpty() && !withdrawn.contains(c.id())) {
                        add(1, null, List.of(), List.of(c.id()), "validation.missing", c.id(), e.id());
                    } else if (list.size() > 1) {
                        add(1, null, list, List.of(c.id()), "validation.twice", c.id(), e.id(), list.size());
                    }
                }
            }
            // grouping (constraint 3)
            for (Epreuve e : p.epreuves()) {
                List<Sitting> list = byEpreuve.getOrDefault(e.id(), List.of());
                for (Sitting st : list) {
                    Room room = p.room(st.room());
                    int n = st.candidates().size();
                    if (e.grouping() == Grouping.INDIVIDUAL && n > 1) {
                        add(3, null, List.of(st), st.candidates(), "validation.individual", e.id(), n);
                    }
                    if (e.grouping() == Grouping.GROUP && room != null && n > Problem.groupLimit(e, room)) {
                        add(3, null, List.of(st), st.candidates(), "validation.group", e.id(), n,
                                Problem.groupLimit(e, room));
                    }
                    if (room != null && n > room.capacity()) {
                        add(3, null, List.of(st), st.candidates(), "validation.capacity", room.id(), n,
                                room.capacity());
                    }
                }
                if (e.grouping() == Grouping.ALL && list.size() > 1) {
                    add(3, null, list, List.of(), "validation.all", e.id(), list.size());
                }
            }
            // jury tasks: once per pair with a present candidate
            Set<Integer> activePairs = new HashSet<>(pairOf.values());
            for (JuryTask t : p.juryTasks()) {
                for (int pair = 0; pair < p.juryPairs().size(); pair++) {
                    final int fp = pair;
                    List<Sitting> list = s.sittings().stream().filter(st -> st.type() == SittingType.JURY_TASK
                            && t.id().equals(st.task()) && st.pair() != null && st.pair() == fp).toList();
                    if (activePairs.contains(pair) && list.isEmpty()) {
                        add(1, null, List.of(), p.juryPairs().get(pair), "validation.task.missing", t.id(), pair);
                    } else if (!activePairs.contains(pair) && !list.isEmpty()) {
                        add(1, null, list, p.juryPairs().get(pair), "validation.task.idle", t.id(), pair);
                    } else if (list.size() > 1) {
                        add(1, null, list, p.juryPairs().get(pair), "validation.task.twice", t.id(), pair,
                                list.size());
                    }
                }
            }
        }

        void checkRooms() {
            List<Sitting> all = s.sittings();
            for (int i = 0; i < all.size(); i++) {
                for (int k = i + 1; k < all.size(); k++) {
                    Sitting a = all.get(i);
                    Sitting b = all.get(k);
                    if (a.room().equals(b.room()) && a.day().equals(b.day()) && a.start() < b.end()
                            && b.start() < a.end()) {
                        add(3, null, List.of(a, b), List.of(), "validation.room.overlap", a.room());
                    }
                }
            }
        }

        void checkPeople() {
            Map<String, List<Sitting>> byPerson = new LinkedHashMap<>();
            for (Sitting st : s.sittings()) {
                Set<String> people = new HashSet<>(st.candidates());
                people.addAll(st.jury());
                if (st.surveillant() != null) people.add(st.surveillant());
                for (String person : people) {
                    byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(st);
                }
            }
            int changeover = p.calendar().changeoverMinutes();
            for (var entry : byPerson.entrySet()) {
                List<Sitting> list = entry.getValue();
                for (int i = 0; i < list.size(); i++) {
                    for (int k = i + 1; k < list.size(); k++) {
                        Sitting a = list.get(i);
                        Sitting b = list.get(k);
                        if (!a.day().equals(b.day())) continue;
                        int aEnd = leaves(p, a, entry.getKey());
                        int bEnd = leaves(p, b, entry.getKey());
                        if (a.start() < bEnd && b.start() < aEnd) {
                            add(4, null, List.of(a, b), List.of(entry.getKey()), "validation.person.overlap",
                                    entry.getKey());
                        } else if (changeover > 0 && !a.room().equals(b.room())) {
                            int gap = aEnd <= b.start() ? b.start() - aEnd : a.start() - bEnd;
                            if (gap < changeover) {
                                add(4, null, List.of(a, b), List.of(entry.getKey()), "validation.changeover",
                                        entry.getKey(), gap, changeover);
                            }
                        }
                    }
                }
            }
        }

        void checkOrders() {
            Map<String, Map<String, Sitting>> sittingOf = new HashMap<>(); // candidate -> épreuve -> sitting
            Map<String, Sitting> taskOf = new HashMap<>(); // task#pair -> sitting
            for (Sitting st : s.sittings()) {
                if (st.type() == SittingType.EPREUVE) {
                    for (String c : st.candidates()) {
                        sittingOf.computeIfAbsent(c, k -> new HashMap<>()).putIfAbsent(st.epreuve(), st);
                    }
                } else {
                    taskOf.putIfAbsent(st.task() + "#" + st.pair(), st);
                }
            }
            for (var entry : sittingOf.entrySet()) {
                String c = entry.getKey();
                Map<String, Sitting> mine = entry.getValue();
                Integer pair = pairOf.get(c);
                for (var e2 : mine.entrySet()) {
                    Epreuve e = p.epreuve(e2.getKey());
                    if (e == null) continue;
                    Sitting st = e2.getValue();
                    for (String before : e.after()) {
                        Sitting b = mine.get(before);
                        if (b != null && abs(b, leaves(p, b, c)) > abs(st, st.start())) {
                            add(7, null, List.of(b, st), List.of(c), "validation.after", c, e.id(), before);
                        }
                    }
                    if (pair == null) continue;
                    for (String task : e.afterJuryTasks()) {
                        Sitting t = taskOf.get(task + "#" + pair);
                        if (t != null && abs(t, t.end()) > abs(st, st.start())) {
                            add(7, null, List.of(t, st), List.of(c), "validation.afterTask", c, e.id(), task);
                        }
                    }
                    for (JuryTask t : p.juryTasks()) {
                        Sitting ts = taskOf.get(t.id() + "#" + pair);
                        if (ts == null) continue;
                        if (t.afterEpreuves().contains(e.id()) && abs(st, leaves(p, st, c)) > abs(ts, ts.start())) {
                            add(7, null, List.of(st, ts), List.of(c), "validation.afterEpreuves", t.id(), c, e.id());
                        }
                        if (t.beforeEpreuves().contains(e.id()) && abs(ts, ts.end()) > abs(st, st.start())) {
                            add(7, null, List.of(ts, st), List.of(c), "validation.beforeEpreuves", t.id(), c,
                                    e.id());
                        }
                    }
                }
            }
        }

        void checkP3() {
            int limit = 18 * 60;
            if (p.calendar().dayEnd() <= limit) return;
            Map<String, Integer> lastEpreuveEnd = new TreeMap<>();
            for (Sitting st : s.sittings()) {
                if (st.type() == SittingType.EPREUVE) {
                    lastEpreuveEnd.merge(st.day(), st.end(), Math::max);
                }
            }
            lastEpreuveEnd.forEach((day, end) -> {
                if (end > limit) {
                    warnings.add(new Warning("P3", day, Messages.get("validation.p3", day, Times.format(end))));
                }
            });
        }
    }
}
