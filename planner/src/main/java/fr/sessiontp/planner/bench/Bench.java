package fr.sessiontp.planner.bench;

import fr.sessiontp.planner.PlanOptions;
import fr.sessiontp.planner.PlanResult;
import fr.sessiontp.planner.Planner;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.ProblemReader;
import fr.sessiontp.planner.format.ReadResult;
import fr.sessiontp.planner.format.Solution.Metrics;
import fr.sessiontp.planner.format.Times;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code bench} command: generated instances across sizes and kinds of titles plus the three
 * example files; one row per instance with metrics, lower bounds, times and peak heap.
 */
public final class Bench {
    private Bench() {
    }

    record Case(String name, Problem problem, Duration limit) {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        boolean quick = args.contains("--quick");
        String target = null;
        Double scale = null;
        String only = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--out") && i + 1 < args.size()) target = args.get(i + 1);
            if (args.get(i).equals("--scale") && i + 1 < args.size()) scale = Double.parseDouble(args.get(i + 1));
            if (args.get(i).equals("--only") && i + 1 < args.size()) only = args.get(i + 1);
        }
        double factor = scale != null ? scale : quick ? 0.2 : 1.0;
        List<Case> cases = new ArrayList<>();
        for (String ex : List.of("seed-tsmi.json", "example-10-candidates.json", "example-36-candidates.json")) {
            try (InputStream in = Bench.class.getResourceAsStream("/bench-examples/" + ex)) {
                ReadResult<Problem> r = new ProblemReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                cases.add(new Case(ex.replace(".json", ""), r.value(), limit(r.value().presentCandidates().size(), factor)));
            }
        }
        int[][] workshop = {{4, 1}, {8, 1}, {12, 2}, {15, 2}, {20, 3}, {30, 4}, {40, 5}, {60, 6}};
        for (int[] s : workshop) {
            for (boolean hazards : new boolean[]{false, true}) {
                if (!hazards && s[0] > 15) continue;
                var spec = new Generator.Spec(Generator.Kind.WORKSHOP, s[0], s[1], hazards, 42 + s[0]);
                cases.add(new Case(spec.name(), Generator.generate(spec), limit(s[0], factor)));
            }
        }
        int[][] office = {{6, 1}, {15, 2}, {40, 5}, {60, 6}};
        for (int[] s : office) {
            var spec = new Generator.Spec(Generator.Kind.OFFICE, s[0], s[1], true, 7 + s[0]);
            cases.add(new Case(spec.name(), Generator.generate(spec), limit(s[0], factor)));
        }
        List<String> rows = new ArrayList<>();
        String header = "| instance | cand. | pairs | limit | daysUsed (LB) | juryDays (LB) | juryMinutes (LB) | lastDay lastEnd"
                + " | idle | feasible | first feasible | total | peak heap |";
        String sep = "|---|---:|---:|---:|---:|---:|---:|---|---:|---|---:|---:|---:|";
        out.println(header);
        out.println(sep);
        for (Case c : cases) {
            if (only != null && !c.name().contains(only)) continue;
            String row = runCase(c);
            out.println(row);
            rows.add(row);
        }
        if (target != null) {
            writeMarkdown(Path.of(target), header, sep, rows, factor);
            out.println("-> " + target);
        }
        return 0;
    }

    static Duration limit(int candidates, double factor) {
        long seconds = candidates <= 15 ? 10 : candidates <= 30 ? 30 : 60;
        return Duration.ofMillis((long) (seconds * 1000 * factor));
    }

    private static String runCase(Case c) {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong();
        Runtime rt = Runtime.getRuntime();
        PlanOptions options = PlanOptions.defaults().withTimeLimit(c.limit())
                .withUnimprovedLimit(Duration.ofMillis(Math.max(1000, c.limit().toMillis() / 3)));
        PlanResult r = new Planner().plan(c.problem(), options, (m, f, e) ->
                sampledPeak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max));
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        LowerBounds.Bounds lb = LowerBounds.of(c.problem());
        Metrics m = r.metrics();
        int n = c.problem().presentCandidates().size();
        if (m == null) {
            return String.format("| %s | %d | %d | %ds | – (%d) | – (%d) | – (%d) | – | – | no | – | %.1f s | %d MB |",
                    c.name(), n, c.problem().juryPairs().size(), c.limit().toSeconds(), lb.daysUsed(), lb.juryDays(),
                    lb.juryMinutes(), r.totalMillis() / 1000.0, peak >> 20);
        }
        return String.format("| %s | %d | %d | %ds | %d (%d) | %d (%d) | %d (%d) | %s %s | %d | %s | %s | %.1f s | %d MB |",
                c.name(), n, c.problem().juryPairs().size(), c.limit().toSeconds(), m.daysUsed(), lb.daysUsed(),
                m.juryDays(), lb.juryDays(), m.juryMinutes(), lb.juryMinutes(), m.lastDay(), Times.format(m.lastEnd()),
                m.candidateIdleMinutes(), r.feasible() ? "yes" : "NO",
                r.firstFeasibleMillis() == null ? "–" : r.firstFeasibleMillis() + " ms",
                r.totalMillis() / 1000.0, peak >> 20);
    }

    private static void writeMarkdown(Path target, String header, String sep, List<String> rows, double factor)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Planner benchmark\n\n");
        sb.append("Latest output of `java -Xmx512m -jar planner/target/sessiontp-planner.jar bench")
                .append(factor == 1.0 ? "" : " --scale " + factor).append(" --out docs/benchmarks.md`, ")
                .append(Instant.now().toString(), 0, 16).append(" UTC.\n\n");
        sb.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPU(s) visible (`nproc`), ")
                .append(memory()).append(", Java ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vm.name")).append("), max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB.\n\n");
        sb.append("LB = lower bound computed by `LowerBounds` (see docs/planner.md). The juryMinutes bound holds for ")
                .append("solutions whose juryDays equals its bound. \"first feasible\" is the time to the first ")
                .append("feasible déroulé; \"total\" includes the local search, stopped by the time limit or after ")
                .append("a third of it without improvement. Peak heap = peak used heap of the JVM's heap pools ")
                .append("during the run (includes garbage not yet collected).\n\n");
        sb.append(header).append('\n').append(sep).append('\n');
        rows.forEach(r -> sb.append(r).append('\n'));
        Files.writeString(target, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return (kb >> 20) + " GB RAM";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return "RAM unknown";
    }
}
