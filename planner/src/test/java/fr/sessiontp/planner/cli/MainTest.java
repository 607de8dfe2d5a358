package fr.sessiontp.planner.cli;

import fr.sessiontp.planner.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void planThenValidateThenReplan() throws Exception {
        Path problem = file("p.json", TestFiles.text("seed-tsmi.json"));
        Path solution = dir.resolve("s.json");
        assertThat(run("plan", problem.toString(), "--out", solution.toString(), "--time-limit", "2s", "--seed", "3"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("minutes de jury sur site");
        assertThat(run("validate", problem.toString(), solution.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Déroulé valide");
        Path replanned = dir.resolve("r.json");
        assertThat(run("replan", problem.toString(), solution.toString(), "--now", "2026-03-10", "10:00",
                "--absent", "C2", "--late", "C1=10:30", "--out", replanned.toString(), "--time-limit", "2s"))
                .as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.exists(replanned)).isTrue();
        assertThat(run("validate", problem.toString(), replanned.toString(), "--withdrawn", "C2")).isZero();
        assertThat(run("validate", problem.toString(), replanned.toString())).isEqualTo(1); // C2 misses épreuves
    }

    @Test
    void validateReportsViolationsWithExitCode1() throws Exception {
        Path problem = file("p.json", TestFiles.text("seed-tsmi.json"));
        Path bad = file("s.json", TestFiles.text("seed-tsmi.hand-solution.json")
                .replace("\"start\": \"16:30\"", "\"start\": \"14:00\""));
        assertThat(run("validate", problem.toString(), bad.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("contrainte");
    }

    @Test
    void badInputAndUsageGiveExitCode2WithoutStackTrace() throws Exception {
        Path garbage = file("g.json", "{ not json");
        assertThat(run("plan", garbage.toString(), "--out", dir.resolve("x.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("JSON mal formé").doesNotContain("at fr.");
        assertThat(run("plan")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("plan", "missing-file.json")).isEqualTo(2);
        assertThat(run("plan", "x.json", "--time-limit", "soon")).isEqualTo(2);
        assertThat(run("validate", "only-one.json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    @Test
    void infeasibleProblemGivesExitCode1() throws Exception {
        Path problem = file("p.json", TestFiles.text("seed-tsmi.json")
                .replace("\"conflictsWith\": []}", "\"conflictsWith\": [\"J2\"]}"));
        assertThat(run("plan", problem.toString(), "--out", dir.resolve("x.json").toString(), "--time-limit", "1s"))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("S3");
        assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    }
}
