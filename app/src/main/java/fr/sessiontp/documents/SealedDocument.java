package fr.sessiontp.documents;

import java.time.Instant;

/**
 * A sealed PDF.
 *
 * @param pdf                the complete sealed file (original bytes followed by the signature's incremental update)
 * @param sha256             SHA-256 of {@code pdf}, lower-case hex: what the audit trail records
 * @param certificateSha256  SHA-256 of the seal certificate (DER), lower-case hex: which key sealed it
 * @param sealedAt           the signing time written in the signature dictionary
 */
public record SealedDocument(byte[] pdf, String sha256, String certificateSha256, Instant sealedAt) {
}
