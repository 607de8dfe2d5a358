package fr.sessiontp.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads PVs back: text, veraPDF (PDF/A-3u), pdfsig and pdftoppm (as the documents tests do). Files under target/reports. */
public final class PvChecks {

    public static final Path OUTPUT = Path.of("target/reports");

    private PvChecks() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The failed veraPDF rules for PDF/A-3u (empty when compliant). */
    public static List<String> veraPdfFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.PDFA_3_U;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
                            + assertion.getMessage());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant");
            }
            return failures.stream().distinct().toList();
        }
    }

    public static String poppler(String tool) {
        Path path = Path.of("/usr/bin", tool);
        if (!Files.isExecutable(path)) {
            String message = tool + " (Debian package poppler-utils) is not installed";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return path.toString();
    }

    public static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(output, StandardCharsets.UTF_8);
    }

    public static Path write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(OUTPUT);
        Path file = OUTPUT.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    public static String pdfsig(Path pdf) throws Exception {
        return run(poppler("pdfsig"), pdf.toString());
    }

    public static Path pictureOfPageOne(Path pdf) throws Exception {
        String base = pdf.toString().replaceAll("\\.pdf$", "");
        run(poppler("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), base);
        return Path.of(base + ".png");
    }
}
