package fr.sessiontp.documents.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secret protecting the seal keys: generated once, private to its owner, and binding each key to its row. */
class SealSecretTest {

    @TempDir
    Path folder;

    @Test
    void generatesTheSecretFileOnFirstUseReadableByItsOwnerOnlyAndReusesIt() throws Exception {
        Path file = folder.resolve("data/seal-secret");
        SealSecret first = new SealSecret("", file.toString());
        byte[] encrypted = first.encrypt("clé privée".getBytes(StandardCharsets.UTF_8), "centre=1");

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        SealSecret restarted = new SealSecret("", file.toString());
        assertThat(restarted.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(new String(restarted.decrypt(encrypted, "centre=1"), StandardCharsets.UTF_8)).isEqualTo("clé privée");
    }

    @Test
    void aConfiguredSecretIsUsedInsteadOfTheFile() {
        Path file = folder.resolve("seal-secret");
        SealSecret configured = new SealSecret("un secret de configuration", file.toString());
        assertThat(configured.fingerprint()).hasSize(16);
        assertThat(file).doesNotExist();
    }

    @Test
    void anEncryptedKeyCannotBeReadWithAnotherSecretNorMovedToAnotherRow() {
        SealSecret secret = new SealSecret("secret A", folder.resolve("a").toString());
        SealSecret other = new SealSecret("secret B", folder.resolve("b").toString());
        byte[] encrypted = secret.encrypt(new byte[] {1, 2, 3}, "centre=1;certificate=abc");

        assertThat(other.fingerprint()).isNotEqualTo(secret.fingerprint());
        assertThatThrownBy(() -> other.decrypt(encrypted, "centre=1;certificate=abc"))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> secret.decrypt(encrypted, "centre=2;certificate=abc"))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void theSameKeyEncryptsDifferentlyEachTime() {
        SealSecret secret = new SealSecret("secret", folder.resolve("s").toString());
        assertThat(secret.encrypt(new byte[] {1, 2, 3}, "x")).isNotEqualTo(secret.encrypt(new byte[] {1, 2, 3}, "x"));
    }
}
