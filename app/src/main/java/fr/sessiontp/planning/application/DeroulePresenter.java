package fr.sessiontp.planning.application;

import fr.sessiontp.common.Messages;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionReader;
import fr.sessiontp.planner.validation.ValidationReport;
import fr.sessiontp.planning.persistence.DerouleRepository.StoredDeroule;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns a stored problem and solution into what the pages and documents show (P1: every slot with its épreuve, room
 * and people present; P2: reception, correction, deliberation and the lunch break), and into French explanations from
 * the planner's independent validator (violations and warnings with their rule IDs).
 */
public final class DeroulePresenter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

    private DeroulePresenter() {
    }

    /** A stored déroulé as the pages and documents show it; {@code onlyPair} as below. */
    public static DerouleView present(StoredDeroule stored, Integer onlyPair) {
        Problem problem = ProblemJson.read(stored.problemJson());
        List<Solution.Sitting> pinned = stored.pinnedJson() == null ? List.of()
                : new SolutionReader().read(stored.pinnedJson()).value().sittings();
        List<String> costs = stored.explanation() == null || stored.explanation().isBlank() ? List.of()
                : java.util.Arrays.asList(stored.explanation().split("\n"));
        return present(problem, solution(stored), pinned, onlyPair, costs, stored.withdrawnIds());
    }

    public static Solution solution(StoredDeroule stored) {
        return new SolutionReader().read(stored.solutionJson()).value();
    }

    /** The whole déroulé; {@code onlyPair} restricts it to one jury pair's part (P6), or null. */
    public static DerouleView present(Problem problem, Solution solution, List<Solution.Sitting> pinned,
                                      Integer onlyPair, List<String> costs) {
        return present(problem, solution, pinned, onlyPair, costs, java.util.Set.of());
    }

    /** {@code withdrawn}: candidates absent since the exam day (they miss the épreuves not yet sat). */
    public static DerouleView present(Problem problem, Solution solution, List<Solution.Sitting> pinned,
                                      Integer onlyPair, List<String> costs, java.util.Set<String> withdrawn) {
        ValidationReport report = new fr.sessiontp.planner.validation.Validator(withdrawn).validate(problem, solution);
        Map<String, String> names = names(problem);
        Map<String, Integer> pairOf = new LinkedHashMap<>();
        solution.assignments().forEach(a -> pairOf.put(a.candidate(), a.pair()));
        Predicate<Solution.Sitting> shown = s -> onlyPair == null || inPair(problem, s, onlyPair, pairOf);

        int g = problem.calendar().granularityMinutes();
        int dayStart = problem.calendar().dayStart();
        int dayEnd = Math.max(problem.calendar().dayEnd(), problem.calendar().juryDayEnd());
        int columns = (dayEnd - dayStart) / g;

        List<DerouleView.Day> days = new ArrayList<>();
        for (String day : problem.calendar().days()) {
            List<Solution.Sitting> sittings = solution.sittings().stream().filter(s -> s.day().equals(day))
                    .filter(shown).sorted(Comparator.comparingInt(Solution.Sitting::start)).toList();
            if (sittings.isEmpty()) {
                continue;
            }
            List<DerouleView.HourMark> hours = new ArrayList<>();
            for (int m = ((dayStart + 59) / 60) * 60; m < dayEnd; m += 60) {
                hours.add(new DerouleView.HourMark(DerouleFormat.hour(m), (m - dayStart) / g + 1));
            }
            List<DerouleView.Row> rows = new ArrayList<>();
            for (Problem.Room room : problem.rooms()) {
                List<Solution.Sitting> in = sittings.stream().filter(s -> s.room().equals(room.id())).toList();
                if (!in.isEmpty()) {
                    rows.add(row(Messages.get("planning.row.room", room.id()), "room", in, problem, names, dayStart,
                            g, true));
                }
            }
            for (Problem.Candidate c : problem.candidates()) {
                List<Solution.Sitting> in = sittings.stream().filter(s -> s.candidates().contains(c.id())).toList();
                if (!in.isEmpty()) {
                    rows.add(row(c.name(), "candidate", in, problem, names, dayStart, g, false));
                }
            }
            for (Problem.JuryMember j : problem.jury()) {
                List<Solution.Sitting> in = sittings.stream().filter(s -> s.jury().contains(j.id())).toList();
                if (!in.isEmpty()) {
                    rows.add(row(Messages.get("planning.row.jury", j.name()), "jury", in, problem, names, dayStart,
                            g, false));
                }
            }
            for (Problem.Surveillant s : problem.surveillants()) {
                List<Solution.Sitting> in = sittings.stream().filter(x -> s.id().equals(x.surveillant())).toList();
                if (!in.isEmpty()) {
                    rows.add(row(Messages.get("planning.row.surveillant", s.name()), "surveillant", in, problem,
                            names, dayStart, g, false));
                }
            }
            int first = sittings.stream().mapToInt(Solution.Sitting::start).min().orElse(dayStart);
            int last = sittings.stream().mapToInt(Solution.Sitting::end).max().orElse(dayStart);
            rows.add(new DerouleView.Row(Messages.get("planning.row.responsable", problem.responsable().name()),
                    "responsable", List.of(new DerouleView.Block((first - dayStart) / g + 1, (last - dayStart) / g + 1,
                    Messages.get("planning.responsable.present"), Messages.get("planning.responsable.present") + " "
                    + DerouleFormat.hour(first) + " – " + DerouleFormat.hour(last), "responsable"))));

            List<DerouleView.TableRow> table = new ArrayList<>();
            boolean lunchShown = false;
            Problem.Lunch lunch = problem.calendar().lunch();
            for (Solution.Sitting s : sittings) {
                if (lunch != null && !lunchShown && s.start() >= lunch.end()) {
                    table.add(lunchRow(lunch));
                    lunchShown = true;
                }
                table.add(new DerouleView.TableRow(DerouleFormat.hour(s.start()) + " – " + DerouleFormat.hour(s.end()),
                        label(problem, s), s.room(), people(problem, s, names), false));
            }
            if (lunch != null && !lunchShown && last > lunch.start()) {
                table.add(lunchRow(lunch));
            }
            int lunchFrom = lunch == null ? 0 : (lunch.start() - dayStart) / g + 1;
            int lunchTo = lunch == null ? 0 : (lunch.end() - dayStart) / g + 1;
            days.add(new DerouleView.Day(day, dayLabel(day), columns, lunchFrom, lunchTo, hours, rows, table));
        }

        List<String> problems = report.violations().stream().map(PlanningService::reason).toList();
        List<String> warnings = report.warnings().stream()
                .map(w -> w.message() + " (" + w.ruleId() + ")").toList();
        List<DerouleView.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < problem.juryPairs().size(); i++) {
            pairs.add(new DerouleView.Pair(i, i + 1, problem.juryPairs().get(i).stream().map(names::get)
                    .reduce((a, b) -> a + " et " + b).orElse("")));
        }
        List<DerouleView.SittingLine> lines = new ArrayList<>();
        for (int i = 0; i < solution.sittings().size(); i++) {
            Solution.Sitting s = solution.sittings().get(i);
            boolean isPinned = pinned.stream().anyMatch(p -> PlanningService.sameSitting(p, s));
            lines.add(new DerouleView.SittingLine(i, s.day(), fr.sessiontp.planner.format.Times.format(s.start()),
                    fr.sessiontp.planner.format.Times.format(s.end()), s.room(), label(problem, s),
                    people(problem, s, names), isPinned));
        }
        lines.sort(Comparator.comparing(DerouleView.SittingLine::day).thenComparing(DerouleView.SittingLine::start));
        return new DerouleView(days, problems, warnings, costs, DerouleFormat.metrics(report.metrics()), pairs, lines,
                problem.rooms().stream().map(Problem.Room::id).toList(), problem.calendar().days());
    }

    private static DerouleView.TableRow lunchRow(Problem.Lunch lunch) {
        return new DerouleView.TableRow(DerouleFormat.hour(lunch.start()) + " – " + DerouleFormat.hour(lunch.end()),
                Messages.get("planning.lunch"), "", "", true);
    }

    private static boolean inPair(Problem problem, Solution.Sitting s, int pair, Map<String, Integer> pairOf) {
        if (s.type() == Solution.SittingType.JURY_TASK) {
            return s.pair() != null && s.pair() == pair;
        }
        if (!s.jury().isEmpty()) {
            return s.jury().containsAll(problem.juryPairs().get(pair));
        }
        return s.candidates().stream().anyMatch(c -> Integer.valueOf(pair).equals(pairOf.get(c)));
    }

    private static DerouleView.Row row(String label, String kind, List<Solution.Sitting> sittings, Problem problem,
                                       Map<String, String> names, int dayStart, int g, boolean roomRow) {
        List<DerouleView.Block> blocks = sittings.stream().map(s -> new DerouleView.Block(
                (s.start() - dayStart) / g + 1, (s.end() - dayStart) / g + 1, s.activity(),
                label(problem, s) + " — " + DerouleFormat.hour(s.start()) + " – " + DerouleFormat.hour(s.end())
                        + (roomRow ? " — " + people(problem, s, names) : " — " + s.room()),
                s.type() == Solution.SittingType.JURY_TASK ? "task" : (s.jury().isEmpty() ? "proctored" : "jury")))
                .toList();
        return new DerouleView.Row(label, kind, blocks);
    }

    public static String label(Problem problem, Solution.Sitting s) {
        if (s.type() == Solution.SittingType.JURY_TASK) {
            Problem.JuryTask t = problem.juryTask(s.task());
            return t == null ? s.task() : t.label();
        }
        Problem.Epreuve e = problem.epreuve(s.epreuve());
        return e == null ? s.epreuve() : e.id() + " – " + e.label();
    }

    public static String people(Problem problem, Solution.Sitting s, Map<String, String> names) {
        List<String> parts = new ArrayList<>();
        if (!s.candidates().isEmpty()) {
            parts.add(Messages.get("planning.people.candidates",
                    String.join(", ", s.candidates().stream().map(names::get).toList())));
        }
        if (!s.jury().isEmpty()) {
            parts.add(Messages.get("planning.people.jury", String.join(", ", s.jury().stream().map(names::get).toList())));
        }
        if (s.surveillant() != null) {
            parts.add(Messages.get("planning.people.surveillant", names.get(s.surveillant())));
        }
        if (s.type() == Solution.SittingType.EPREUVE) {
            parts.add(Messages.get("planning.people.responsable", problem.responsable().name()));
        }
        return String.join(" ; ", parts);
    }

    public static Map<String, String> names(Problem problem) {
        Map<String, String> names = new LinkedHashMap<>();
        problem.candidates().forEach(c -> names.put(c.id(), c.name()));
        problem.jury().forEach(j -> names.put(j.id(), j.name()));
        problem.surveillants().forEach(s -> names.put(s.id(), s.name()));
        names.put(problem.responsable().id(), problem.responsable().name());
        return names;
    }

    public static String dayLabel(String day) {
        String text = LocalDate.parse(day).format(DAY);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
