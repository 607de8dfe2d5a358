package fr.sessiontp.documents.sealing;

import fr.sessiontp.common.Messages;
import fr.sessiontp.documents.DocumentException;
import fr.sessiontp.documents.DocumentSealer;
import fr.sessiontp.documents.SealRequest;
import fr.sessiontp.documents.SealedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.springframework.stereotype.Service;

/**
 * PAdES seal with Apache PDFBox and BouncyCastle: a signature dictionary (filter Adobe.PPKLite, sub-filter
 * ETSI.CAdES.detached, name, reason, location, time), an invisible or visible signature field, the CMS container
 * of {@link CadesSignature}, all written as an incremental update after the untouched original bytes.
 */
@Service
class PadesDocumentSealer implements DocumentSealer {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
    /** Room for the CMS container (a 3072-bit signature and one certificate take about 2.5 KB). */
    private static final int SIGNATURE_SIZE = 12_000;

    private final CentreSealKeys keys;
    private final Clock clock;

    PadesDocumentSealer(CentreSealKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public SealedDocument seal(byte[] pdf, SealRequest request) {
        SealKey key = keys.keyOf(request.centreId(), request.centreName());
        Instant sealedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime localTime = sealedAt.atZone(PARIS);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 64 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName(SUB_FILTER));
            signature.setName(request.centreName());
            if (!request.reason().isEmpty()) {
                signature.setReason(request.reason());
            }
            if (!request.location().isEmpty()) {
                signature.setLocation(request.location());
            }
            signature.setSignDate(GregorianCalendar.from(localTime));
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            if (request.visible()) {
                int lastPage = document.getNumberOfPages() - 1;
                PDPage page = document.getPage(lastPage);
                options.setVisualSignature(VisibleSealAppearance.template(page.getMediaBox(),
                        visibleLines(request, localTime)));
                options.setPage(lastPage);
            }
            document.addSignature(signature, new CadesSignature(key), options);
            markPrinted(document, signature);
            document.saveIncremental(out);
        } catch (IOException e) {
            throw new DocumentException("Cannot seal the document for centre " + request.centreId(), e);
        }
        byte[] sealed = out.toByteArray();
        return new SealedDocument(sealed, CentreSealKeys.sha256(sealed), key.certificateSha256(), sealedAt);
    }

    @Override
    public String certificatePem(long centreId, String centreName) {
        SealKey key = keys.keyOf(centreId, centreName);
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new DocumentException("Cannot encode the seal certificate of centre " + centreId, e);
        }
    }

    private static List<String> visibleLines(SealRequest request, ZonedDateTime time) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("documents.seal.visible.title"));
        lines.add(Messages.get("documents.seal.visible.signer", request.centreName()));
        lines.add(Messages.get("documents.seal.visible.date", DISPLAY.format(time)));
        if (!request.reason().isEmpty()) {
            lines.add(Messages.get("documents.seal.visible.reason", request.reason()));
        }
        return lines;
    }

    /** PDF/A: every widget annotation carries the Print flag, visible or not. */
    private static void markPrinted(PDDocument document, PDSignature signature) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            if (field.getCOSObject().getDictionaryObject(COSName.V) == signature.getCOSObject()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    widget.setPrinted(true);
                }
            }
        }
    }
}
