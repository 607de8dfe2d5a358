package fr.sessiontp.documents.rendering;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import fr.sessiontp.documents.DocumentException;
import fr.sessiontp.documents.DocumentMeta;
import fr.sessiontp.documents.DocumentRenderer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;

/**
 * Thymeleaf (the application's own engine, so templates use the French message bundles) then openhtmltopdf on
 * Apache PDFBox, in PDF/A-3u mode, with the embedded DejaVu Sans fonts and an sRGB output intent; the metadata
 * are then rewritten from the {@link DocumentMeta} before the single save.
 */
@Service
class PdfDocumentRenderer implements DocumentRenderer {

    private static final Logger log = LoggerFactory.getLogger(PdfDocumentRenderer.class);
    private static final Locale FRENCH = Locale.FRANCE;
    /** Base for relative URLs (images, stylesheets) in the templates: the templates folder on the class path. */
    private static final String BASE_URI = baseUri();
    /** The sRGB profile of the Java runtime, written as the PDF/A output intent. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Font metrics of DejaVu Sans, computed once rather than at every rendering. */
    private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new FSDefaultCacheStore();

    static {
        XRLog.setLoggerImpl(new Slf4jRendererLog());
    }

    private final ITemplateEngine templates;

    PdfDocumentRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public String renderHtml(String templateName, Map<String, Object> model, DocumentMeta meta) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("documentMeta", meta);
        variables.put("documentCreated", meta.created().atZone(PdfMetadata.PARIS));
        try {
            return XmlText.withoutForbiddenCharacters(templates.process(templateName, new Context(FRENCH, variables)));
        } catch (TemplateEngineException e) {
            throw new DocumentException("Cannot render the document template " + templateName, e);
        }
    }

    @Override
    public byte[] renderPdf(String templateName, Map<String, Object> model, DocumentMeta asked) {
        long start = System.nanoTime();
        DocumentMeta meta = new DocumentMeta(XmlText.withoutForbiddenCharacters(asked.title()),
                XmlText.withoutForbiddenCharacters(asked.author()), XmlText.withoutForbiddenCharacters(asked.subject()),
                asked.language(), asked.created());
        String html = renderHtml(templateName, model, meta);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfVersion(1.7f)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(SRGB)
                .useFont(() -> new ByteArrayInputStream(DocumentFonts.regular()), DocumentFonts.FAMILY, 400,
                        FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(DocumentFonts.bold()), DocumentFonts.FAMILY, 700,
                        FontStyle.NORMAL, true)
                .useCacheStore(CacheStore.PDF_FONT_METRICS, FONT_METRICS)
                .withHtmlContent(html, BASE_URI);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
             PDDocument document = renderer.createPDFKeepOpen()) {
            PdfMetadata.write(document, meta);
            document.save(out);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException("Cannot produce the PDF of the document template " + templateName, e);
        }
        byte[] pdf = out.toByteArray();
        log.debug("Rendered {} as {}: {} bytes in {} ms", templateName, PDF_FLAVOUR, pdf.length,
                (System.nanoTime() - start) / 1_000_000);
        return pdf;
    }

    private static String baseUri() {
        var templates = PdfDocumentRenderer.class.getResource("/templates/");
        return templates == null ? null : templates.toExternalForm();
    }
}
