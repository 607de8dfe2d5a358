package fr.sessiontp.documents;

import java.util.Map;

/**
 * Renders a document template ({@code templates/documents/...}, well-formed XHTML written for Thymeleaf) as an
 * HTML page or as a PDF/A-3u file. Both come from the same template and model, so the page a user checks is
 * the document that is printed and archived.
 *
 * <p>The template receives the caller's model plus {@code documentMeta} (the {@link DocumentMeta}) and
 * {@code documentCreated} (its creation instant as a Paris {@code ZonedDateTime}).
 */
public interface DocumentRenderer {

    /** The PDF flavour every rendered document declares and conforms to. */
    String PDF_FLAVOUR = "PDF/A-3u";

    /**
     * A PDF/A-3u document: DejaVu Sans embedded, sRGB output intent, XMP metadata and document information from
     * {@code meta}, the document's language from {@code meta.language()}.
     *
     * @throws DocumentException when the template is missing or invalid, or the PDF cannot be produced
     */
    byte[] renderPdf(String templateName, Map<String, Object> model, DocumentMeta meta);

    /** The same template as an HTML page (its print stylesheet is ignored by screens). */
    String renderHtml(String templateName, Map<String, Object> model, DocumentMeta meta);
}
