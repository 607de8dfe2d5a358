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

/** The command line speaks French throughout: metric names, every objective term, syntax and file errors. */
class CliFrenchTest {
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

    private String all() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aJsonSyntaxErrorIsExplainedInFrenchWithoutTheParsersText() throws Exception {
        for (String bad : new String[]{"{\"formatVersion\": 1, \"x\": [1,,]}", "{\"formatVersion\": 1, \"x\": [1",
                "{\"formatVersion\": 1, \"x\": tru}", "{\"a\": 1} x"}) {
            Path p = dir.resolve("bad.json");
            Files.writeString(p, bad, StandardCharsets.UTF_8);
            assertThat(run("plan", p.toString(), "--out", dir.resolve("s.json").toString())).isEqualTo(Main.BAD_INPUT);
            assertThat(all()).contains("JSON mal formé", "ligne 1").doesNotContain("Unexpected", "expected",
                    "Unrecognized", "token", "end-of-input");
        }
    }

    @Test
    void aMissingFileOrAFolderIsExplainedInFrench() {
        assertThat(run("validate", dir.resolve("absent.json").toString(), dir.resolve("absent2.json").toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(all()).contains("fichier introuvable").doesNotContain("NoSuchFile", "Exception");
        assertThat(run("plan", dir.toString(), "--out", dir.resolve("s.json").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(all()).contains("c’est un dossier").doesNotContain("Exception", "directory");
        assertThat(run("bench", "--seed", "abc")).isEqualTo(Main.BAD_INPUT);
        assertThat(all()).contains("Argument invalide").doesNotContain("For input string");
    }

    @Test
    void planNamesEveryMetricAndEveryObjectiveTermInFrench() throws Exception {
        Path problem = dir.resolve("p.json");
        Files.writeString(problem, TestFiles.text("seed-tsmi.json"), StandardCharsets.UTF_8);
        assertThat(run("plan", problem.toString(), "--out", dir.resolve("s.json").toString(), "--time-limit", "2s"))
                .isZero();
        assertThat(all()).contains("journées utilisées", "journées de jury", "minutes de jury sur site",
                        "dernier jour", "fin du dernier passage", "minutes d’attente des candidats")
                .contains("Objectif 1 —", "Objectif 2 —", "Objectif 3 —", "Objectif 4 —", "Objectif 5 —")
                .doesNotContain("daysUsed", "juryDays", "juryMinutes", "candidateIdleMinutes", "lastEnd");
    }
}
