package fr.sessiontp.documents.persistence;

import java.time.Instant;

/** A row of {@code document_seal_key}: a centre's seal certificate and its encrypted private key. */
public record StoredSealKey(long id, long centreId, String keyAlgorithm, int keySize, String signatureAlgorithm,
                            byte[] certificateDer, String certificateSha256, byte[] privateKeyEncrypted,
                            String secretFingerprint, Instant notBefore, Instant notAfter, Instant createdAt) {
}
