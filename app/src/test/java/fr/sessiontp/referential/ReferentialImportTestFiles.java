package fr.sessiontp.referential;

import java.nio.file.Files;
import java.nio.file.Path;

/** The RE example shipped with the documentation (docs/examples/referential-tsmi.json), for tests of other packages. */
public final class ReferentialImportTestFiles {

    private ReferentialImportTestFiles() {
    }

    /** The example, the demo's TSMI title, under the title code TP-{@code code} and fresh certificate codes. */
    public static String example(int code) throws Exception {
        return Files.readString(Path.of("..", "docs", "examples", "referential-tsmi.json")).replace("TP-01234", "TP-" + code)
                .replace("CP-091234", String.format("CP-%06d", code * 10 + 1))
                .replace("CP-091235", String.format("CP-%06d", code * 10 + 2));
    }
}
