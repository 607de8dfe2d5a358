package fr.sessiontp.documents;

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

/** Reads documents back as a person or an archive would: text, PDF/A validation, poppler's tools, pictures. */
final class PdfChecks {

    /** Where the tests leave the files and pictures a person can look at. */
    static final Path OUTPUT = Path.of("target/documents");

    private PdfChecks() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** veraPDF's verdict for the declared flavour (PDF/A-3u), with the failed rules when not compliant. */
    static VeraPdfReport veraPdf(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.PDFA_3_U;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage());
                }
            }
            return new VeraPdfReport(result.getPDFAFlavour().toString(), result.isCompliant(),
                    failures.stream().distinct().toList());
        }
    }

    record VeraPdfReport(String flavour, boolean compliant, List<String> failures) {
    }

    /**
     * The path of a poppler tool. Missing: the test fails on CI (CI=true, where .ci/run installs poppler-utils),
     * and is skipped elsewhere.
     */
    static String poppler(String tool) {
        Path path = Path.of("/usr/bin", tool);
        if (!Files.isExecutable(path)) {
            String message = tool + " (Debian package poppler-utils) is not installed: "
                    + "apt-get install poppler-utils";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return path.toString();
    }

    /** Runs a command, returns what it printed (stdout and stderr). */
    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        return new String(output, StandardCharsets.UTF_8);
    }

    static Path write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(OUTPUT);
        Path file = OUTPUT.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** Page one as a PNG at 60 dpi, next to the PDF, for a person to look at. */
    static Path pictureOfPageOne(Path pdf) throws IOException, InterruptedException {
        String base = pdf.toString().replaceAll("\\.pdf$", "");
        run(poppler("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), base);
        return Path.of(base + ".png");
    }
}
