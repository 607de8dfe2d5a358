package fr.sessiontp.security.domain;

import fr.sessiontp.common.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The passwords SessionTP accepts: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes (what
 * BCrypt hashes), and not one of the common passwords of {@code security/common-passwords.txt} (compared without case,
 * spaces around ignored). {@link #check} returns the French refusal, or nothing when the password is acceptable.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt uses the first 72 bytes of a password; a longer one is refused rather than silently cut. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** The French refusal of this password, or empty when it is acceptable. */
    public static Optional<String> check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Messages.get("security.password.tooShort", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Messages.get("security.password.tooLong", MAX_BYTES));
        }
        if (isCommon(password)) {
            return Optional.of(Messages.get("security.password.common"));
        }
        return Optional.empty();
    }

    /** Whether the password is in the list of common passwords. */
    public static boolean isCommon(String password) {
        return COMMON.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing list of common passwords: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
