package fr.sessiontp.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One-time links to set a password (invitation, reset): 256 random bits, of which only the SHA-256 is stored; valid
 * {@code sessiontp.security.account-link-validity} (72 hours by default) and once. A new link closes the account's
 * earlier ones.
 */
@Service
class AccountLinks {

    static final String INVITATION = "INVITATION";
    static final String RESET = "RESET";

    private final SecureRandom random = new SecureRandom();
    private final AccountRepository repository;
    private final Clock clock;
    private final Duration validity;
    private final String publicUrl;

    AccountLinks(AccountRepository repository, Clock clock,
                 @Value("${sessiontp.security.account-link-validity:72h}") Duration validity,
                 @Value("${sessiontp.public-url:}") String publicUrl) {
        this.repository = repository;
        this.clock = clock;
        this.validity = validity;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    long validityHours() {
        return validity.toHours();
    }

    /** Issues a link for the account; returns the full address to open (the token appears nowhere else). */
    String issue(long userId, String purpose, String by) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        repository.closeLinks(userId, now);
        repository.insertLink(userId, purpose, sha256(token), now, now.plus(validity), by);
        return base() + "/account/password?token=" + token;
    }

    /** The usable link of this token (unused, unexpired), if any. */
    Optional<AccountRepository.LinkRow> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return repository.usableLink(sha256(token.strip()), clock.instant());
    }

    /** Uses the link now: false if it was used or expired in the meantime. */
    boolean use(AccountRepository.LinkRow link) {
        return repository.use(link.id(), clock.instant());
    }

    private String base() {
        if (!publicUrl.isBlank()) {
            return publicUrl;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
