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
 * What a password must be, wherever it is chosen (the first administrator's command, an invitation, a reset): at
 * least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes in UTF-8 (what bcrypt reads), not one of the
 * common passwords shipped in {@value #COMMON_PASSWORDS} (compared without case), and not the username. A refusal is
 * one French sentence the user reads.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private static final PasswordPolicy INSTANCE = new PasswordPolicy(load());

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    public static PasswordPolicy standard() {
        return INSTANCE;
    }

    /** The French reason the password is refused for this user, or empty when it is accepted. */
    public Optional<String> refusal(String password, String username) {
        if (password == null || password.isBlank()) {
            return Optional.of(Messages.get("security.password.empty"));
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Messages.get("security.password.tooShort", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Messages.get("security.password.tooLong", MAX_BYTES));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower.strip())) {
            return Optional.of(Messages.get("security.password.common"));
        }
        if (username != null && lower.strip().equals(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Messages.get("security.password.username"));
        }
        return Optional.empty();
    }

    public boolean accepts(String password, String username) {
        return refusal(password, username).isEmpty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + COMMON_PASSWORDS);
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
