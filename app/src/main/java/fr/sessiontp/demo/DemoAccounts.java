package fr.sessiontp.demo;

import fr.sessiontp.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo users and their clear-text passwords. Passwords are stored hashed in the database, so the clear text is kept
 * only in the credentials file ({@code sessiontp.demo.credentials-file}, readable by its owner only), written when the demo
 * data is created and read back at every start; tests use this bean to log in.
 */
@Component
public class DemoAccounts {

    /** Letters and digits that cannot be mistaken for one another (no 0/O, 1/l/I). */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    DemoAccounts(@Value("${sessiontp.demo.credentials-file:./data/demo-credentials.txt}") String file) {
        this.file = Path.of(file).toAbsolutePath().normalize();
    }

    /** Where the credentials are kept. */
    public Path file() {
        return file;
    }

    /** The demo accounts, in role order; empty when the credentials file does not exist. */
    public List<DemoAccount> all() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<DemoAccount> accounts = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length >= 3) {
                    accounts.add(new DemoAccount(fields[0].trim(), fields[1].trim(), Role.valueOf(fields[2].trim())));
                }
            }
            return List.copyOf(accounts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo credentials file " + file, e);
        }
    }

    /** The demo account of a role. */
    public DemoAccount of(Role role) {
        return all().stream().filter(account -> account.role() == role).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No demo account for role " + role + " in " + file));
    }

    /** A password of about 16 readable random characters, in four groups: {@code abcd-efgh-jkmn-pqrs}. */
    static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Writes the credentials file (owner read/write only where the file system supports it), replacing any older one. */
    void save(List<DemoAccount> accounts) {
        StringBuilder text = new StringBuilder()
                .append("# SessionTP : comptes de démonstration, créés avec les données de démonstration.\n")
                .append("# Ne pas diffuser. Format : identifiant<TAB>mot de passe<TAB>rôle\n");
        accounts.forEach(account -> text.append(account.username()).append('\t').append(account.password())
                .append('\t').append(account.role().name()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".demo-credentials", ".tmp");
            restrictToOwner(temporary);
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            restrictToOwner(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo credentials file " + file, e);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
