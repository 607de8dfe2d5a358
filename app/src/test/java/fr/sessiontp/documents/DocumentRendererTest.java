package fr.sessiontp.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.sessiontp.documents.web.SampleDocument;
import fr.sessiontp.security.Role;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The example document read back as an archive and a person would: its French text, its PDF/A-3u conformance
 * according to veraPDF, its metadata and fonts, a picture of page one, and the page served from the same template.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentRendererTest {

    static final Instant CREATED = Instant.parse("2026-03-16T07:45:00Z");

    @Autowired
    DocumentRenderer renderer;
    @Autowired
    MockMvc mvc;

    byte[] pdf;

    @BeforeAll
    void renderTheExample() throws Exception {
        renderer.renderPdf(SampleDocument.TEMPLATE, SampleDocument.model(), SampleDocument.meta(CREATED)); // warm-up
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            pdf = renderer.renderPdf(SampleDocument.TEMPLATE, SampleDocument.model(), SampleDocument.meta(CREATED));
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        PdfChecks.write("sample.pdf", pdf);
        DocumentGallery.keep("exemple", pdf);
        System.out.printf("documents: example rendered in %d ms (median of 5, fastest %d ms), %d bytes%n",
                millis[2], millis[0], pdf.length);
    }

    @Test
    void extractedTextKeepsFrenchAccentsQuotesLigaturesAndEuroSign() throws Exception {
        // words as the reader extracts them, line breaks of the layout counted as spaces
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Affichage de la session d'examen — exemple")
                .contains("Contrôle typographique : é è à ç œ « guillemets français » 1 250,00 € — Noël, forêt, où, déjà, cœur.")
                .contains("Le déroulé est affiché avec le Règlement général des sessions.")
                .contains("Il est préconisé de ne pas dépasser 18h pour la fin d'une session d'examen.")
                .contains("Délibérations")
                .contains("Émis par Centre de formation de démonstration, le lundi 16 mars 2026")
                .contains("Document produit par SessionTP le 16/03/2026 à 08:45")
                .contains("Page 1 / 1");
    }

    @Test
    void textExtractedByPopplerHasNoLigatureCharacters() throws Exception {
        Path file = PdfChecks.write("sample-ligatures.pdf", pdf);
        String text = PdfChecks.run(PdfChecks.poppler("pdftotext"), "-enc", "UTF-8", file.toString(), "-");
        assertThat(text).contains("Affichage de la session");
        assertThat(text.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06).count())
                .as("ligature characters (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) in the extracted text").isZero();
    }

    @Test
    void runningHeaderRuleIsDrawnBelowTheHeaderTextNotThroughIt() throws Exception {
        // the top 30 mm of page one at 100 dpi: the header's text, then its rule, then the body
        Path file = PdfChecks.write("sample-header.pdf", pdf);
        String base = PdfChecks.OUTPUT.resolve("sample-header").toString();
        PdfChecks.run(PdfChecks.poppler("pdftoppm"), "-png", "-gray", "-r", "100", "-f", "1", "-l", "1", "-singlefile",
                "-x", "0", "-y", "0", "-W", "827", "-H", "118", file.toString(), base);
        BufferedImage strip = ImageIO.read(Path.of(base + ".png").toFile());
        int[] inked = new int[strip.getHeight()];
        for (int y = 0; y < strip.getHeight(); y++) {
            for (int x = 0; x < strip.getWidth(); x++) {
                if ((strip.getRGB(x, y) & 0xFF) < 200) {
                    inked[y]++;
                }
            }
        }
        int rule = -1;
        for (int y = 0; y < inked.length && rule < 0; y++) {
            if (inked[y] > strip.getWidth() / 2) {
                rule = y;
            }
        }
        assertThat(rule).as("the header's rule (a row inked over half the page's width)").isPositive();
        assertThat(inked[rule - 1] + inked[rule - 2]).as("ink just above the rule: the text runs into it").isZero();
        int textAbove = 0;
        for (int y = Math.max(0, rule - 25); y < rule; y++) {
            textAbove += inked[y];
        }
        assertThat(textAbove).as("the header's text above its rule").isPositive();
    }

    @Test
    void aStoredValueWithControlCharactersStillRendersWithoutThem() throws Exception {
        Map<String, Object> model = new java.util.HashMap<>(SampleDocument.model());
        model.put("rows", List.of(new SampleDocument.Row("Lundi\u0007", "8h00\u0000 - 9h00", "Accueil\u001B des candidats",
                "Martin\u0085 Claire")));
        DocumentMeta meta = DocumentMeta.french("Affichage\u0007 test", "Centre\u0000 de test", "Sujet", CREATED);
        byte[] rendered = renderer.renderPdf(SampleDocument.TEMPLATE, model, meta);
        String text = PdfChecks.text(rendered);
        assertThat(text).contains("Accueil des candidats").contains("Martin Claire").contains("8h00 - 9h00")
                .doesNotContain("\u0007").doesNotContain("\u0000");
        assertThat(PdfChecks.veraPdf(rendered).failures()).isEmpty();
    }

    @Test
    void isPdfA3uCompliantAccordingToVeraPdf() throws Exception {
        PdfChecks.VeraPdfReport report = PdfChecks.veraPdf(pdf);
        System.out.printf("documents: veraPDF on the example: %s compliant=%s %s%n", report.flavour(),
                report.compliant(), report.failures());
        assertThat(report.failures()).as("veraPDF failed rules").isEmpty();
        assertThat(report.compliant()).isTrue();
    }

    @Test
    void declaresItsMetadataLanguageAndSrgbOutputIntent() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Affichage de la session d'examen — exemple");
            assertThat(info.getAuthor()).isEqualTo("Centre de formation de démonstration");
            assertThat(info.getSubject()).startsWith("Exemple de document imprimable");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(CREATED);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>").contains("<pdfaid:conformance>U</pdfaid:conformance>")
                    .contains("Affichage de la session d'examen — exemple").contains("fr-FR");
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getDestOutputIntent()).isNotNull();
        }
    }

    @Test
    void everyFontIsEmbeddedDejaVuSans() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void leavesAPictureOfPageOneForAPersonToCheck() throws Exception {
        Path png = PdfChecks.pictureOfPageOne(PdfChecks.OUTPUT.resolve("sample.pdf"));
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        // A4 at 60 dpi: 496 x 702 pixels
        assertThat(image.getWidth()).isBetween(490, 500);
        assertThat(image.getHeight()).isBetween(698, 706);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void pageAndPdfComeFromTheSameTemplate() throws Exception {
        String html = renderer.renderHtml(SampleDocument.TEMPLATE, SampleDocument.model(), SampleDocument.meta(CREATED));
        PdfChecks.write("sample.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html).contains("<html lang=\"fr-FR\"")
                .contains("Affichage de la session d&#39;examen — exemple")
                .contains("é è à ç œ « guillemets français » 1 250,00 €")
                .contains("@page");
    }

    @Test
    void documentsCanBeRenderedConcurrently() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var results = pool.invokeAll(java.util.Collections.nCopies(3, () -> PdfChecks.text(renderer.renderPdf(
                    SampleDocument.TEMPLATE, SampleDocument.model(), SampleDocument.meta(CREATED)))));
            String expected = PdfChecks.text(pdf);
            for (var result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownTemplateIsADocumentError() {
        assertThatThrownBy(() -> renderer.renderPdf("documents/does-not-exist", Map.of(), SampleDocument.meta(CREATED)))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("documents/does-not-exist");
    }

    @Test
    void theCentreStaffDownloadsTheExampleAsPdfAndAsAPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/documents/sample.pdf").with(admin()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("exemple-document.pdf");
        assertThat(PdfChecks.text(response.getContentAsByteArray())).contains("Déroulé type de la session");

        MockHttpServletResponse page = mvc.perform(get("/documents/sample").with(admin()))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Déroulé type de la session");
    }

    @Test
    void otherRolesCannotDownloadTheExample() throws Exception {
        for (Role role : List.of(Role.SESSION_MANAGER, Role.JURY, Role.PROCTOR, Role.TRAINER, Role.AUTHORITY)) {
            assertThat(mvc.perform(get("/documents/sample.pdf").with(userWith(role))).andReturn().getResponse()
                    .getStatus()).as(role.name()).isEqualTo(403);
        }
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return userWith(Role.ADMIN);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor userWith(Role role) {
        return user("documents-" + role.name().toLowerCase()).roles(role.name());
    }
}
