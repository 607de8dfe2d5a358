package fr.sessiontp.planner;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.ProblemReader;
import fr.sessiontp.planner.format.ReadResult;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the example files copied into the test resources. */
public final class TestFiles {
    private TestFiles() {
    }

    public static String text(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) throw new IllegalArgumentException(name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Problem problem(String name) {
        ReadResult<Problem> r = new ProblemReader().read(text(name));
        if (!r.ok()) throw new IllegalStateException(r.errors().toString());
        return r.value();
    }

    public static Solution solution(String name) {
        ReadResult<Solution> r = new SolutionReader().read(text(name));
        if (!r.ok()) throw new IllegalStateException(r.errors().toString());
        return r.value();
    }
}
