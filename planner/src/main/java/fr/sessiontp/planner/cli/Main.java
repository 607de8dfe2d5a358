package fr.sessiontp.planner.cli;

import fr.sessiontp.planner.PlanOptions;
import fr.sessiontp.planner.PlanResult;
import fr.sessiontp.planner.Planner;
import fr.sessiontp.planner.bench.Bench;
import fr.sessiontp.planner.format.FormatError;
import fr.sessiontp.planner.format.Messages;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.ProblemReader;
import fr.sessiontp.planner.format.ReadResult;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionReader;
import fr.sessiontp.planner.format.SolutionWriter;
import fr.sessiontp.planner.format.Times;
import fr.sessiontp.planner.replan.PersonChange;
import fr.sessiontp.planner.replan.ReplanRequest;
import fr.sessiontp.planner.replan.ReplanResult;
import fr.sessiontp.planner.replan.SittingChange;
import fr.sessiontp.planner.validation.ValidationReport;
import fr.sessiontp.planner.validation.Violation;
import fr.sessiontp.planner.validation.Warning;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command line: {@code plan}, {@code validate}, {@code replan}, {@code bench}. Exit codes: 0 success
 * (feasible), 1 infeasible, 2 bad input or usage, 3 unexpected error. Never prints a stack trace.
 */
public final class Main {
    public static final int OK = 0;
    public static final int INFEASIBLE = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    private final PrintStream out;
    private final PrintStream err;

    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Main(out, err).run(args));
    }

    /** Thrown for a usage error (exit code 2). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    public int run(String[] args) {
        try {
            if (args.length == 0) throw new UsageException(Messages.get("cli.usage"));
            List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
            return switch (args[0]) {
                case "plan" -> plan(rest);
                case "validate" -> validate(rest);
                case "replan" -> replan(rest);
                case "bench" -> Bench.run(rest, out, err);
                case "help", "--help", "-h" -> {
                    out.println(Messages.get("cli.usage"));
                    yield OK;
                }
                default -> throw new UsageException(Messages.get("cli.unknownCommand", args[0]) + "\n"
                        + Messages.get("cli.usage"));
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            // e.g. a number that does not parse: the library's English text is not shown
            err.println(Messages.get("cli.badArgument", String.join(" ", args)));
            err.println(Messages.get("cli.usage"));
            return BAD_INPUT;
        } catch (IOException e) {
            err.println(Messages.get("cli.io", fr.sessiontp.planner.format.ProblemReader.ioError(e)));
            return BAD_INPUT;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println(Messages.get("cli.internal", e.getClass().getSimpleName()));
            return INTERNAL;
        }
    }

    // ------------------------------------------------------------------ commands

    private int plan(List<String> args) throws IOException {
        Map<String, List<String>> opts = parse(args, Set.of("--out", "--time-limit", "--unimproved", "--seed"),
                Set.of());
        List<String> pos = opts.getOrDefault("", List.of());
        if (pos.size() != 1) throw new UsageException(Messages.get("cli.usage.plan"));
        Problem problem = readProblem(pos.get(0));
        if (problem == null) return BAD_INPUT;
        PlanOptions options = options(opts);
        PlanResult r = new Planner().plan(problem, options, null);
        if (!r.feasible()) {
            out.println(Messages.get("cli.infeasible"));
            r.infeasibleReasons().forEach(x -> out.println("  - " + x));
            r.explanation().forEach(x -> out.println("  - " + x));
            return INFEASIBLE;
        }
        String target = single(opts, "--out");
        if (target != null) {
            new SolutionWriter().write(r.solution(), Path.of(target));
            out.println(Messages.get("cli.written", target));
        } else {
            out.print(new SolutionWriter().write(r.solution()));
        }
        printMetrics(r.solution().metrics());
        out.println(Messages.get("cli.times", r.firstFeasibleMillis(), r.totalMillis()));
        r.explanation().forEach(x -> out.println("  " + x));
        r.validation().warnings().forEach(w -> out.println("  " + w));
        return OK;
    }

    private int validate(List<String> args) {
        Map<String, List<String>> opts = parse(args, Set.of(), Set.of("--withdrawn"));
        List<String> pos = opts.getOrDefault("", List.of());
        if (pos.size() != 2) throw new UsageException(Messages.get("cli.usage.validate"));
        Problem problem = readProblem(pos.get(0));
        Solution solution = readSolution(pos.get(1));
        if (problem == null || solution == null) return BAD_INPUT;
        Set<String> withdrawn = new LinkedHashSet<>(opts.getOrDefault("--withdrawn", List.of()));
        ValidationReport report = withdrawn.isEmpty() ? new Planner().validate(problem, solution)
                : new fr.sessiontp.planner.validation.Validator(withdrawn).validate(problem, solution);
        for (Violation v : report.violations()) {
            out.println(v);
            v.sittings().forEach(s -> out.println("    " + s));
        }
        for (Warning w : report.warnings()) out.println(w);
        out.println(report.feasible() ? Messages.get("cli.feasible")
                : Messages.get("cli.violations", report.violations().size()));
        printMetrics(report.metrics());
        return report.feasible() ? OK : INFEASIBLE;
    }

    private int replan(List<String> args) throws IOException {
        Map<String, List<String>> opts = parse(args, Set.of("--out", "--time-limit", "--unimproved", "--seed"),
                Set.of("--now", "--absent", "--late"));
        List<String> pos = opts.getOrDefault("", List.of());
        if (pos.size() != 2) throw new UsageException(Messages.get("cli.usage.replan"));
        List<String> now = opts.get("--now");
        if (now == null || now.size() != 2 || Times.parse(now.get(1)) < 0) {
            throw new UsageException(Messages.get("cli.usage.replan"));
        }
        Problem problem = readProblem(pos.get(0));
        Solution previous = readSolution(pos.get(1));
        if (problem == null || previous == null) return BAD_INPUT;
        Set<String> absent = new LinkedHashSet<>(opts.getOrDefault("--absent", List.of()));
        Map<String, Integer> late = new HashMap<>();
        for (String l : opts.getOrDefault("--late", List.of())) {
            String[] kv = l.split("=", 2);
            if (kv.length != 2 || Times.parse(kv[1]) < 0) throw new UsageException(Messages.get("cli.late", l));
            late.put(kv[0], Times.parse(kv[1]));
        }
        ReplanRequest request = new ReplanRequest(now.get(0), Times.parse(now.get(1)), absent, late);
        ReplanResult rr = new Planner().replan(problem, previous, request, options(opts), null);
        PlanResult r = rr.result();
        if (!r.feasible()) {
            out.println(Messages.get("cli.infeasible"));
            r.infeasibleReasons().forEach(x -> out.println("  - " + x));
            r.explanation().forEach(x -> out.println("  - " + x));
            return INFEASIBLE;
        }
        String target = single(opts, "--out");
        if (target != null) {
            new SolutionWriter().write(r.solution(), Path.of(target));
            out.println(Messages.get("cli.written", target));
        }
        out.println(Messages.get("cli.changes", rr.sittingChanges().size()));
        for (SittingChange c : rr.sittingChanges()) out.println("  " + c.message());
        if (!rr.personChanges().isEmpty()) out.println(Messages.get("cli.personChanges"));
        for (PersonChange c : rr.personChanges()) out.println("  " + c.message());
        printMetrics(r.solution().metrics());
        return OK;
    }

    // ------------------------------------------------------------------ helpers

    private void printMetrics(Solution.Metrics m) {
        out.println(Messages.get("cli.metrics", m.daysUsed(), m.juryDays(), m.juryMinutes(),
                m.lastDay() == null ? "-" : m.lastDay(), Times.format(m.lastEnd()), m.candidateIdleMinutes()));
    }

    private Problem readProblem(String path) {
        ReadResult<Problem> r = new ProblemReader().read(Path.of(path));
        if (!r.ok()) {
            err.println(Messages.get("cli.badProblem", path, r.errors().size()));
            for (FormatError e : r.errors()) err.println("  " + e);
            return null;
        }
        return r.value();
    }

    private Solution readSolution(String path) {
        ReadResult<Solution> r = new SolutionReader().read(Path.of(path));
        if (!r.ok()) {
            err.println(Messages.get("cli.badSolution", path, r.errors().size()));
            for (FormatError e : r.errors()) err.println("  " + e);
            return null;
        }
        return r.value();
    }

    static PlanOptions options(Map<String, List<String>> opts) {
        PlanOptions o = PlanOptions.defaults();
        String tl = single(opts, "--time-limit");
        if (tl != null) o = o.withTimeLimit(duration(tl));
        String ul = single(opts, "--unimproved");
        if (ul != null) o = o.withUnimprovedLimit(duration(ul));
        else o = o.withUnimprovedLimit(min(o.unimprovedLimit(), o.timeLimit()));
        String seed = single(opts, "--seed");
        if (seed != null) {
            try {
                o = o.withSeed(Long.parseLong(seed));
            } catch (NumberFormatException e) {
                throw new UsageException(Messages.get("cli.seed", seed));
            }
        }
        return o;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    /** "10s", "500ms", "2m", or a number of seconds. */
    public static Duration duration(String text) {
        try {
            if (text.endsWith("ms")) return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            if (text.endsWith("s")) return Duration.ofMillis((long) (Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
            if (text.endsWith("m")) return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)) * 60);
            return Duration.ofMillis((long) (Double.parseDouble(text) * 1000));
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.duration", text));
        }
    }

    static String single(Map<String, List<String>> opts, String name) {
        List<String> v = opts.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /**
     * Splits arguments into positional ones (key "") and options. {@code singles} take one value;
     * {@code multis} take every following value up to the next option.
     */
    static Map<String, List<String>> parse(List<String> args, Set<String> singles, Set<String> multis) {
        Map<String, List<String>> out = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (singles.contains(a)) {
                    if (i + 1 >= args.size()) throw new UsageException(Messages.get("cli.missingValue", a));
                    out.put(a, List.of(args.get(++i)));
                } else if (multis.contains(a)) {
                    List<String> values = out.computeIfAbsent(a, k -> new ArrayList<>());
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) values.add(args.get(++i));
                    if (values.isEmpty()) throw new UsageException(Messages.get("cli.missingValue", a));
                } else {
                    throw new UsageException(Messages.get("cli.unknownOption", a));
                }
            } else {
                out.computeIfAbsent("", k -> new ArrayList<>()).add(a);
            }
        }
        return out;
    }
}
