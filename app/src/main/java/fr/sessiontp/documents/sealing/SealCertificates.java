package fr.sessiontp.documents.sealing;

import fr.sessiontp.documents.DocumentException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates a centre's seal: an RSA 3072 key pair and a self-signed certificate naming the centre, valid ten years
 * (twice the five-year retention of the documents it seals), for digital signatures and non-repudiation only.
 */
final class SealCertificates {

    static final String KEY_ALGORITHM = "RSA";
    static final int KEY_SIZE = 3072;
    static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    static final Duration VALIDITY = Duration.ofDays(3653);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealCertificates() {
    }

    record Created(KeyPair keyPair, X509Certificate certificate) {
    }

    static Created create(String centreName, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(KEY_ALGORITHM);
            generator.initialize(KEY_SIZE, RANDOM);
            KeyPair keyPair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "FR")
                    .addRDN(BCStyle.O, bounded(centreName))
                    .addRDN(BCStyle.CN, bounded("Cachet électronique " + centreName))
                    .build();
            Instant notBefore = now.minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            Instant notAfter = notBefore.plus(VALIDITY);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, RANDOM).add(BigInteger.ONE), Date.from(notBefore), Date.from(notAfter),
                    subject, keyPair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            var signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(keyPair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new Created(keyPair, certificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new DocumentException("Cannot create the seal certificate of " + centreName, e);
        }
    }

    /**
     * A name as a certificate's organisation or common name can carry it: RFC 5280 limits both to 64 characters, so a
     * longer one is shortened with an ellipsis (the PDF itself still prints the full name).
     */
    static String bounded(String name) {
        int max = 64;
        return name.length() <= max ? name : name.substring(0, max - 1).strip() + "…";
    }
}
