package fr.sessiontp.operations;

import fr.sessiontp.SessionTpApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One administration command run as {@code java -jar sessiontp.jar ARGS} would run it: its exit status and output. */
record CommandRun(int exitCode, String output) {

    static CommandRun of(String standardInput, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try {
            System.setIn(new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)));
            System.setOut(capture);
            System.setErr(capture);
            int exitCode = SessionTpApplication.runCommand(args);
            return new CommandRun(exitCode, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
    }
}
