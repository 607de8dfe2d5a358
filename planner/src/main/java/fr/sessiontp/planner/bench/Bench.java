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
        String run = "alone";
        long seed = 1;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--run") && i + 1 < args.size()) run = args.get(i + 1);
            if (args.get(i).equals("--seed") && i + 1 < args.size()) seed = Long.parseLong(args.get(i + 1));
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
        String header = "| instance | cand. | pairs | limit | daysUsed / juryDays / juryMinutes | lower bound | proven gap"
                + " | lastDay lastEnd | idle | feasible | first feasible | time to best | total | peak heap |";
        String sep = "|---|---:|---:|---:|---:|---:|---|---|---:|---|---:|---:|---:|---:|";
        out.println(header);
        out.println(sep);
        for (Case c : cases) {
            if (only != null && !c.name().contains(only)) continue;
            String row = runCase(c, seed);
            out.println(row);
            rows.add(row);
        }
        if (target != null) {
            writeMarkdown(Path.of(target), run, header, sep, rows, factor, seed);
            out.println("-> " + target);
        }
        return 0;
    }

    static Duration limit(int candidates, double factor) {
        long seconds = candidates <= 15 ? 10 : candidates <= 30 ? 30 : 60;
        return Duration.ofMillis((long) (seconds * 1000 * factor));
    }

    private static String runCase(Case c, long seed) {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong bestAt = new AtomicLong();
        PlanOptions options = PlanOptions.defaults().withTimeLimit(c.limit()).withSeed(seed)
                .withUnimprovedLimit(Duration.ofMillis(Math.max(1000, c.limit().toMillis() / 3)));
        PlanResult r = new Planner().plan(c.problem(), options, (m, f, e) -> {
            if (f) bestAt.set(e);
        });
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        LowerBounds.Bounds lb = LowerBounds.of(c.problem());
        Metrics m = r.metrics();
        int n = c.problem().presentCandidates().size();
        String bound = lb.daysUsed() + " / " + lb.juryDays() + " / " + lb.juryMinutes();
        if (m == null) {
            return String.format("| %s | %d | %d | %ds | – | %s | – | – | – | no | – | – | %.1f s | %d MB |",
                    c.name(), n, c.problem().juryPairs().size(), c.limit().toSeconds(), bound,
                    r.totalMillis() / 1000.0, peak >> 20);
        }
        return String.format("| %s | %d | %d | %ds | %d / %d / %d | %s | %s | %s %s | %d | %s | %s | %.1f s | %.1f s | %d MB |",
                c.name(), n, c.problem().juryPairs().size(), c.limit().toSeconds(), m.daysUsed(), m.juryDays(),
                m.juryMinutes(), bound, gap(m, lb), m.lastDay(), Times.format(m.lastEnd()),
                m.candidateIdleMinutes(), r.feasible() ? "yes" : "NO",
                r.firstFeasibleMillis() == null ? "–" : r.firstFeasibleMillis() + " ms",
                bestAt.get() / 1000.0, r.totalMillis() / 1000.0, peak >> 20);
    }

    /**
     * The proven gap on (daysUsed, juryDays, juryMinutes), compared lexicographically: "optimal" when the
     * result equals the lower bound on all three, else the first term above its bound and by how much
     * (an upper limit on the distance to the optimum: the bound may be below it).
     */
    static String gap(Metrics m, LowerBounds.Bounds lb) {
        long[] got = {m.daysUsed(), m.juryDays(), m.juryMinutes()};
        long[] bound = {lb.daysUsed(), lb.juryDays(), lb.juryMinutes()};
        String[] names = {"daysUsed", "juryDays", "juryMinutes"};
        for (int i = 0; i < 3; i++) {
            if (got[i] > bound[i]) {
                return String.format("%s +%d (%.1f %%)", names[i], got[i] - bound[i],
                        bound[i] == 0 ? 100.0 : 100.0 * (got[i] - bound[i]) / bound[i]);
            }
        }
        return "optimal";
    }

    /**
     * Writes the run's table as the subsection "## Run: {run}" of the section "# Planner benchmark" of
     * {@code target}, replacing that subsection if present and leaving the rest of the file as it is.
     */
    private static void writeMarkdown(Path target, String run, String header, String sep, List<String> rows,
                                      double factor, long seed) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("## Run: ").append(run).append("\n\n");
        sb.append("`java -Xmx512m -jar planner/target/sessiontp-planner.jar bench")
                .append(factor == 1.0 ? "" : " --scale " + factor).append(" --seed ").append(seed)
                .append(" --run ").append(run.contains(" ") ? "\"" + run + "\"" : run).append(" --out docs/benchmarks.md`, ")
                .append(Instant.now().toString(), 0, 16).append(" UTC; load average at the end: ")
                .append(String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(".\n\n");
        sb.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPU(s) visible (`nproc`), ")
                .append(memory()).append(", Java ").append(System.getProperty("java.version")).append(" (")
                .append(System.getProperty("java.vm.name")).append("), max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB.\n\n");
        sb.append(header).append('\n').append(sep).append('\n');
        rows.forEach(r -> sb.append(r).append('\n'));
        sb.append('\n');
        String doc = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
        int section = doc.indexOf("# Planner benchmark");
        if (section < 0) {
            doc = "# Planner benchmark\n\n" + doc;
            section = 0;
        }
        int sectionEnd = doc.indexOf("\n# ", section + 1);
        if (sectionEnd < 0) sectionEnd = doc.length();
        else sectionEnd++;
        String heading = "## Run: " + run + "\n";
        int sub = doc.indexOf(heading, section);
        String out;
        if (sub >= 0 && sub < sectionEnd) {
            int subEnd = doc.indexOf("\n## ", sub + 1);
            subEnd = subEnd < 0 || subEnd > sectionEnd ? sectionEnd : subEnd + 1;
            out = doc.substring(0, sub) + sb + doc.substring(subEnd);
        } else {
            out = doc.substring(0, sectionEnd) + sb + doc.substring(sectionEnd);
        }
        Files.writeString(target, out, StandardCharsets.UTF_8);
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
