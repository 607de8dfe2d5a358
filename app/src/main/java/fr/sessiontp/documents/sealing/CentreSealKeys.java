package fr.sessiontp.documents.sealing;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.documents.DocumentException;
import fr.sessiontp.documents.persistence.SealKeyRepository;
import fr.sessiontp.documents.persistence.StoredSealKey;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds a centre's active seal key, creating it (and recording that in the audit trail) on first use. */
@Service
class CentreSealKeys {

    private final SealKeyRepository keys;
    private final SealSecret secret;
    private final AuditTrail audit;
    private final Clock clock;

    CentreSealKeys(SealKeyRepository keys, SealSecret secret, AuditTrail audit, Clock clock) {
        this.keys = keys;
        this.secret = secret;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The centre's active seal key.
     *
     * @throws DocumentException when the centre does not exist, or its key cannot be decrypted
     */
    @Transactional
    SealKey keyOf(long centreId, String centreName) {
        StoredSealKey stored = keys.findActive(centreId).orElseGet(() -> create(centreId, centreName));
        return open(stored);
    }

    private StoredSealKey create(long centreId, String centreName) {
        Instant now = clock.instant();
        SealCertificates.Created created = SealCertificates.create(centreName, now);
        try {
            byte[] der = created.certificate().getEncoded();
            String certificateSha256 = sha256(der);
            byte[] encrypted = secret.encrypt(created.keyPair().getPrivate().getEncoded(),
                    associatedData(centreId, certificateSha256));
            StoredSealKey key = new StoredSealKey(0, centreId, SealCertificates.KEY_ALGORITHM, SealCertificates.KEY_SIZE,
                    SealCertificates.SIGNATURE_ALGORITHM, der, certificateSha256, encrypted, secret.fingerprint(),
                    created.certificate().getNotBefore().toInstant(), created.certificate().getNotAfter().toInstant(),
                    now);
            if (insert(key)) {
                audit.record("documents.sealKeyCreated", null, "centre", String.valueOf(centreId),
                        Messages.get("documents.audit.sealKeyCreated", centreName, certificateSha256));
            }
            return keys.findActive(centreId).orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new DocumentException("Cannot create the seal key of centre " + centreId, e);
        }
    }

    private boolean insert(StoredSealKey key) {
        try {
            return keys.insertIfNoActive(key);
        } catch (DataIntegrityViolationException unknownCentre) {
            throw new DocumentException("No centre " + key.centreId() + ": it cannot have a seal", unknownCentre);
        }
    }

    private SealKey open(StoredSealKey stored) {
        if (!stored.secretFingerprint().equals(secret.fingerprint())) {
            throw new DocumentException("The seal key of centre " + stored.centreId() + " was encrypted with another"
                    + " seal secret (fingerprint " + stored.secretFingerprint() + ", configured "
                    + secret.fingerprint() + "): restore sessiontp.documents.seal-secret, or retire the key");
        }
        try {
            byte[] pkcs8 = secret.decrypt(stored.privateKeyEncrypted(),
                    associatedData(stored.centreId(), stored.certificateSha256()));
            PrivateKey privateKey = KeyFactory.getInstance(stored.keyAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(stored.certificateDer()));
            return new SealKey(privateKey, certificate, stored.certificateSha256(), stored.signatureAlgorithm());
        } catch (GeneralSecurityException e) {
            throw new DocumentException("The seal key of centre " + stored.centreId() + " cannot be decrypted", e);
        }
    }

    private static String associatedData(long centreId, String certificateSha256) {
        return "centre=" + centreId + ";certificate=" + certificateSha256;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
