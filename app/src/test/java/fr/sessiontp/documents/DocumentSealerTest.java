package fr.sessiontp.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sessiontp.documents.persistence.SealKeyRepository;
import fr.sessiontp.documents.web.SampleDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The example document sealed with a centre's seal, checked by an independent reader (poppler's pdfsig), by
 * recomputing the signed digest, by veraPDF, and after tampering.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSealerTest {

    private static final Pattern SIGNED_RANGES = Pattern.compile("Signed Ranges: \\[(\\d+) - (\\d+)], \\[(\\d+) - (\\d+)]");

    @Autowired
    DocumentRenderer renderer;
    @Autowired
    DocumentSealer sealer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SealKeyRepository keys;

    byte[] original;
    long centreId;
    String centreName;
    SealedDocument sealed;
    SealedDocument visible;
    long sealMillis;

    @BeforeAll
    void sealTheExample() throws Exception {
        centreName = "Centre d'essai Sceaux " + UUID.randomUUID().toString().substring(0, 8);
        centreId = newCentre(centreName);
        original = renderer.renderPdf(SampleDocument.TEMPLATE, SampleDocument.model(),
                SampleDocument.meta(DocumentRendererTest.CREATED));
        sealer.seal(original, new SealRequest(centreId, centreName, "Essai", "Cherbourg-en-Cotentin", false)); // key creation
        long start = System.nanoTime();
        sealed = sealer.seal(original, new SealRequest(centreId, centreName, "Document d'exemple scellé",
                "Cherbourg-en-Cotentin", false));
        sealMillis = (System.nanoTime() - start) / 1_000_000;
        visible = sealer.seal(original, new SealRequest(centreId, centreName, "Procès-verbal validé",
                "Cherbourg-en-Cotentin", true));
        PdfChecks.write("sample-sealed.pdf", sealed.pdf());
        PdfChecks.write("sample-sealed-visible.pdf", visible.pdf());
        System.out.printf("documents: sealed in %d ms (key already created), %d -> %d bytes (visible: %d bytes)%n",
                sealMillis, original.length, sealed.pdf().length, visible.pdf().length);
    }

    @Test
    void pdfsigReportsTheSealValidAndCoveringTheWholeDocument() throws Exception {
        for (var file : List.of("sample-sealed.pdf", "sample-sealed-visible.pdf")) {
            String report = pdfsig(PdfChecks.OUTPUT.resolve(file));
            assertThat(report).as(file)
                    .contains("Signature Validation: Signature is Valid.")
                    .contains("Signature Type: ETSI.CAdES.detached")
                    .contains("Signing Hash Algorithm: SHA-256")
                    .contains("Total document signed")
                    .contains("Cachet électronique " + centreName);
        }
    }

    @Test
    void signedRangesAreTheWholeFileButTheSignatureAndTheirDigestIsTheSignedOne() throws Exception {
        String report = pdfsig(PdfChecks.OUTPUT.resolve("sample-sealed.pdf"));
        try (PDDocument document = Loader.loadPDF(sealed.pdf())) {
            PDSignature signature = document.getLastSignatureDictionary();
            int[] range = signature.getByteRange();
            Matcher ranges = SIGNED_RANGES.matcher(report);
            assertThat(ranges.find()).as("pdfsig prints the signed ranges").isTrue();
            // pdfsig prints [start - end] of each range; the ByteRange is start, length, start, length
            assertThat(Long.parseLong(ranges.group(1))).isEqualTo(range[0]).isZero();
            assertThat(Long.parseLong(ranges.group(2))).isEqualTo(range[1]);
            assertThat(Long.parseLong(ranges.group(3))).isEqualTo(range[2]);
            assertThat(Long.parseLong(ranges.group(4))).isEqualTo((long) range[2] + range[3]);
            assertThat((long) range[2] + range[3]).isEqualTo(sealed.pdf().length);

            byte[] signedBytes = signature.getSignedContent(sealed.pdf());
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(signedBytes);
            // /Contents is the DER container followed by the zero padding of the reserved space
            ContentInfo container;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                container = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), container);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            byte[] messageDigest = ASN1OctetString.getInstance(signer.getSignedAttributes()
                    .get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0)).getOctets();
            assertThat(HexFormat.of().formatHex(messageDigest)).isEqualTo(HexFormat.of().formatHex(digest));

            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())))
                    .isEqualTo(sealed.certificateSha256());
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                    .as("PAdES binds the certificate").isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime))
                    .as("PAdES takes the time from /M, not from the CMS").isNull();
            assertThat(signature.getSubFilter()).isEqualTo(DocumentSealer.SUB_FILTER);
            assertThat(signature.getName()).isEqualTo(centreName);
            assertThat(signature.getReason()).isEqualTo("Document d'exemple scellé");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(sealed.sealedAt());
        }
    }

    @Test
    void theSealIsAnIncrementalUpdateAndItsHashIsTheHashOfTheSealedFile() throws Exception {
        assertThat(Arrays.copyOf(sealed.pdf(), original.length)).as("original bytes kept").isEqualTo(original);
        assertThat(sealed.sha256()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sealed.pdf())));
        assertThat(PdfChecks.text(sealed.pdf())).contains("Déroulé type de la session");
    }

    @Test
    void sealedDocumentsStayPdfA3uCompliant() throws Exception {
        for (var document : List.of(sealed, visible)) {
            PdfChecks.VeraPdfReport report = PdfChecks.veraPdf(document.pdf());
            System.out.printf("documents: veraPDF on a sealed example (%d bytes): %s compliant=%s %s%n",
                    document.pdf().length, report.flavour(), report.compliant(), report.failures());
            assertThat(report.failures()).as("veraPDF failed rules").isEmpty();
        }
    }

    @Test
    void aByteChangedInsideTheSignedRangeMakesTheSealInvalid() throws Exception {
        byte[] tampered = sealed.pdf().clone();
        int position = insideFirstStream(tampered);
        tampered[position] ^= 0x01;
        Path file = PdfChecks.write("sample-sealed-tampered.pdf", tampered);
        String report = pdfsig(file);
        assertThat(report).doesNotContain("Signature is Valid.")
                .containsAnyOf("Digest Mismatch", "Signature is Invalid");
    }

    @Test
    void aCentreKeepsOneSealKeyCreatedOnFirstUseAndRecordedInTheAuditTrail() {
        SealedDocument again = sealer.seal(original, new SealRequest(centreId, centreName, "", "", false));
        assertThat(again.certificateSha256()).isEqualTo(sealed.certificateSha256());
        assertThat(jdbc.sql("select count(*) from document_seal_key where centre_id = :id").param("id", centreId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry
                        where action = 'documents.sealKeyCreated' and subject_id = :id and details like :fingerprint""")
                .param("id", String.valueOf(centreId))
                .param("fingerprint", "%" + sealed.certificateSha256() + "%")
                .query(Long.class).single()).isEqualTo(1);

        byte[] stored = jdbc.sql("select private_key_encrypted from document_seal_key where centre_id = :id")
                .param("id", centreId).query(byte[].class).single();
        assertThatThrownBy(() -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(stored)))
                .as("the private key is not stored in clear").isInstanceOf(InvalidKeySpecException.class);

        String otherName = "Autre centre " + UUID.randomUUID().toString().substring(0, 8);
        long other = newCentre(otherName);
        assertThat(sealer.seal(original, new SealRequest(other, otherName, "", "", false)).certificateSha256())
                .isNotEqualTo(sealed.certificateSha256());
    }

    @Test
    void retiringACentresKeyMakesTheNextSealCreateANewOneAndKeepsTheOld() {
        String name = "Centre rotation " + UUID.randomUUID().toString().substring(0, 8);
        long centre = newCentre(name);
        String first = sealer.seal(original, new SealRequest(centre, name, "", "", false)).certificateSha256();

        assertThat(keys.retireActive(centre, java.time.Instant.now())).isTrue();
        String second = sealer.seal(original, new SealRequest(centre, name, "", "", false)).certificateSha256();

        assertThat(second).isNotEqualTo(first);
        assertThat(jdbc.sql("select count(*) from document_seal_key where centre_id = :id").param("id", centre)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCentreWithANameLongerThanACertificateNameIsSealedWithTheNameShortened() throws Exception {
        String name = "Centre de formation professionnelle des métiers de la maintenance industrielle "
                + UUID.randomUUID().toString().substring(0, 8);
        long centre = newCentre(name);

        SealedDocument sealed = sealer.seal(original, new SealRequest(centre, name, "", "", false));

        var certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(sealer.certificatePem(centre, name).getBytes(StandardCharsets.US_ASCII)));
        String subject = certificate.getSubjectX500Principal().getName();
        assertThat(sealed.certificateSha256()).hasSize(64);
        String commonName = subject.substring(3, subject.indexOf(",O="));
        assertThat(commonName).startsWith("Cachet électronique Centre de formation").endsWith("…").hasSize(64);
    }

    @Test
    void theCertificateIsPublishedAsPem() {
        String pem = sealer.certificatePem(centreId, centreName);
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
    }

    @Test
    void aCentreThatDoesNotExistHasNoSeal() {
        assertThatThrownBy(() -> sealer.seal(original, new SealRequest(987654321L, "Inconnu", "", "", false)))
                .isInstanceOf(DocumentException.class).hasMessageContaining("987654321");
    }

    @Test
    void somethingThatIsNotAPdfIsRefused() {
        assertThatThrownBy(() -> sealer.seal("pas un PDF".getBytes(StandardCharsets.UTF_8),
                new SealRequest(centreId, centreName, "", "", false)))
                .isInstanceOf(DocumentException.class);
    }

    @Test
    void leavesAPictureOfTheVisibleSeal() throws Exception {
        Path png = PdfChecks.pictureOfPageOne(PdfChecks.OUTPUT.resolve("sample-sealed-visible.pdf"));
        assertThat(png).exists();
    }

    private String pdfsig(Path file) throws Exception {
        return PdfChecks.run(PdfChecks.poppler("pdfsig"), file.toString());
    }

    /** A byte of the first stream's data: changing it keeps the file readable but not the signed content. */
    private static int insideFirstStream(byte[] pdf) {
        String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
        int stream = latin1.indexOf("stream", latin1.indexOf("obj"));
        assertThat(stream).isPositive();
        return stream + "stream".length() + 20;
    }

    private long newCentre(String name) {
        return jdbc.sql("""
                        insert into centre (name, address, postal_code, city, region)
                        values (:name, '1 rue de l''Exemple', '50100', 'Cherbourg-en-Cotentin', 'Normandie')
                        returning id""")
                .param("name", name)
                .query(Long.class).single();
    }
}
