package fr.sessiontp.documents.sealing;

import fr.sessiontp.documents.DocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that protects the centres' seal private keys in the database. It comes from the configuration
 * ({@code sessiontp.documents.seal-secret}, e.g. an environment variable in production); when that is empty, from
 * the file {@code sessiontp.documents.seal-secret-file} (default {@code ./data/seal-secret}), which is created
 * with a random secret, readable by its owner only, on first use. The private keys are encrypted with
 * AES-256-GCM under a key derived from the secret (HMAC-SHA256), the centre and the certificate being
 * authenticated data, so an encrypted key cannot be moved to another row.
 */
@Component
class SealSecret {

    private static final Logger log = LoggerFactory.getLogger(SealSecret.class);
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String configured;
    private final Path file;
    private volatile byte[] encryptionKey;
    private volatile String fingerprint;

    SealSecret(@Value("${sessiontp.documents.seal-secret:}") String configured,
               @Value("${sessiontp.documents.seal-secret-file:./data/seal-secret}") String file) {
        this.configured = configured;
        this.file = Path.of(file);
    }

    /** Identifies the secret (not secret itself): stored next to each key, to tell a wrong secret from a corrupt key. */
    String fingerprint() {
        load();
        return fingerprint;
    }

    byte[] encrypt(byte[] plain, String associatedData) {
        load();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(encryptionKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] result = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, result, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, result, NONCE_BYTES, sealed.length);
            return result;
        } catch (GeneralSecurityException e) {
            throw new DocumentException("Cannot encrypt a seal key", e);
        }
    }

    byte[] decrypt(byte[] encrypted, String associatedData) throws GeneralSecurityException {
        load();
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(encryptionKey, "AES"),
                new GCMParameterSpec(TAG_BITS, encrypted, 0, NONCE_BYTES));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(encrypted, NONCE_BYTES, encrypted.length - NONCE_BYTES);
    }

    private void load() {
        if (encryptionKey != null) {
            return;
        }
        synchronized (this) {
            if (encryptionKey == null) {
                byte[] secret = (configured == null || configured.isBlank() ? fromFile() : configured.strip())
                        .getBytes(StandardCharsets.UTF_8);
                fingerprint = HexFormat.of().formatHex(hmac(secret, "SessionTP seal secret fingerprint v1"), 0, 8);
                encryptionKey = hmac(secret, "SessionTP seal key encryption v1");
            }
        }
    }

    private String fromFile() {
        try {
            if (!Files.exists(file)) {
                create();
            }
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) {
                throw new DocumentException("The seal secret file is empty: " + file.toAbsolutePath());
            }
            return secret;
        } catch (IOException e) {
            throw new DocumentException("Cannot read the seal secret file " + file.toAbsolutePath(), e);
        }
    }

    private void create() throws IOException {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // e.g. Windows: the folder's permissions apply
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.UTF_8);
        log.warn("No sessiontp.documents.seal-secret configured: generated one in {}. Back it up with the database:"
                + " without it, the centres' seal keys cannot be used.", file.toAbsolutePath());
    }

    private static byte[] hmac(byte[] secret, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new DocumentException("Cannot derive the seal key encryption key", e);
        }
    }
}
