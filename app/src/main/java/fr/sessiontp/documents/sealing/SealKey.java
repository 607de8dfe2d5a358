package fr.sessiontp.documents.sealing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A centre's usable seal: its private key (decrypted, in memory only) and its certificate. */
record SealKey(PrivateKey privateKey, X509Certificate certificate, String certificateSha256, String signatureAlgorithm) {
}
