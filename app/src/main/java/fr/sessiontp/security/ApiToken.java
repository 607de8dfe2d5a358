package fr.sessiontp.security;

import java.time.Instant;

/**
 * A centre's API token as its ADMIN sees it: never the secret, only its first characters to recognise it.
 *
 * @param expiresAt  when it stops working, or {@code null} for never
 * @param revokedAt  when it was revoked, or {@code null}
 * @param lastUsedAt when a call last authenticated with it (to the minute), or {@code null}
 */
public record ApiToken(long id, long centreId, String name, String secretPrefix, String createdBy, Instant createdAt,
                       Instant expiresAt, Instant revokedAt, String revokedBy, Instant lastUsedAt) {

    /** Whether a call with this token is accepted at {@code now}. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
