package fr.sessiontp.documents.rendering;

import fr.sessiontp.documents.DocumentMeta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import javax.xml.transform.TransformerException;

/**
 * Writes a document's metadata twice, in the information dictionary and in XMP, with the same values (PDF/A
 * requires them to agree), plus the PDF/A identification (part 3, conformance U), the document's language and
 * the "show the title, not the file name" viewer preference. Replaces what the HTML renderer wrote, which uses
 * the rendering instant and no language.
 */
final class PdfMetadata {

    static final String PRODUCER = "SessionTP (openhtmltopdf, Apache PDFBox)";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int PDFA_PART = 3;
    private static final String PDFA_CONFORMANCE = "U";

    private PdfMetadata() {
    }

    static void write(PDDocument document, DocumentMeta meta) throws IOException {
        try {
            writeChecked(document, meta);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("Cannot write the XMP metadata", e);
        }
    }

    private static void writeChecked(PDDocument document, DocumentMeta meta)
            throws IOException, BadFieldValueException, TransformerException {
        Calendar created = GregorianCalendar.from(meta.created().atZone(PARIS));

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        if (!meta.subject().isEmpty()) {
            info.setSubject(meta.subject());
        }
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.setDocumentInformation(info);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema pdfaId = xmp.createAndAddPDFAIdentificationSchema();
        pdfaId.setPart(PDFA_PART);
        pdfaId.setConformance(PDFA_CONFORMANCE);

        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.setTitle(meta.title());
        dc.addCreator(meta.author());
        if (!meta.subject().isEmpty()) {
            dc.setDescription(meta.subject());
        }
        dc.addLanguage(meta.language());

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);

        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, serialized, true);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setMetadata(metadata);
        catalog.setLanguage(meta.language());
        PDViewerPreferences preferences = catalog.getViewerPreferences() != null
                ? catalog.getViewerPreferences()
                : new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }
}
