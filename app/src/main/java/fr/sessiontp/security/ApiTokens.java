package fr.sessiontp.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API tokens of the centres: a 256-bit random secret per token, stored as its SHA-256 only; a bearer of a valid,
 * unexpired, unrevoked secret acts as {@link Role#API_CLIENT} for the token's centre. Who may create or revoke them,
 * and the audit of it, belong to the caller (the api module).
 */
@Service
public class ApiTokens {

    /** Every secret starts with this, so that a leaked one is easy to recognise (e.g. by secret scanners). */
    public static final String SECRET_PREFIX = "stp_";
    /** The last-used time is written at most once per this period per token, not on every call. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a token for the centre; the returned secret is the only copy. */
    @Transactional
    public IssuedApiToken issue(long centreId, String name, Instant expiresAt, String createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("""
                        insert into api_token (centre_id, name, secret_hash, secret_prefix, created_by, created_at, expires_at)
                        values (:centre, :name, :hash, :prefix, :by, :now, :expires) returning id""")
                .param("centre", centreId).param("name", name).param("hash", sha256(secret))
                .param("prefix", secret.substring(0, 10)).param("by", createdBy)
                .param("now", Timestamp.from(clock.instant()))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
        return new IssuedApiToken(find(centreId, id).orElseThrow(), secret);
    }

    /** The centre's tokens, newest first (a centre has a handful; bounded anyway). */
    @Transactional(readOnly = true)
    public List<ApiToken> ofCentre(long centreId) {
        return jdbc.sql("select * from api_token where centre_id = :centre order by created_at desc, id desc limit 500")
                .param("centre", centreId).query(ApiTokens::map).list();
    }

    /** One of the centre's tokens; another centre's token is not found. */
    @Transactional(readOnly = true)
    public Optional<ApiToken> find(long centreId, long tokenId) {
        return jdbc.sql("select * from api_token where id = :id and centre_id = :centre")
                .param("id", tokenId).param("centre", centreId).query(ApiTokens::map).optional();
    }

    /** Revokes one of the centre's tokens; false when it is unknown, another centre's, or already revoked. */
    @Transactional
    public boolean revoke(long centreId, long tokenId, String revokedBy) {
        return jdbc.sql("""
                        update api_token set revoked_at = :now, revoked_by = :by
                        where id = :id and centre_id = :centre and revoked_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("by", revokedBy)
                .param("id", tokenId).param("centre", centreId).update() == 1;
    }

    /** Who calls with this secret, if it is a valid, unexpired and unrevoked token; records the time it was used. */
    @Transactional
    Optional<SessionTpUserDetails> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = jdbc.sql("select * from api_token where secret_hash = :hash")
                .param("hash", sha256(secret)).query(ApiTokens::map).optional()
                .filter(t -> t.activeAt(now));
        token.ifPresent(t -> jdbc.sql("""
                        update api_token set last_used_at = :now
                        where id = :id and (last_used_at is null or last_used_at < :before)""")
                .param("now", Timestamp.from(now)).param("id", t.id())
                .param("before", Timestamp.from(now.minus(LAST_USED_PRECISION))).update());
        return token.map(t -> new SessionTpUserDetails(new CurrentUser(0, username(t), displayName(t), Role.API_CLIENT,
                t.centreId(), null, null), "", true));
    }

    /** The name an API caller has in the audit trail: {@code api:<token id>:<token name>}. */
    static String username(ApiToken token) {
        String username = "api:" + token.id() + ":" + token.name();
        return username.length() <= 100 ? username : username.substring(0, 100);
    }

    private static String displayName(ApiToken token) {
        return "Jeton d'API « " + token.name() + " »";
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("name"),
                rs.getString("secret_prefix"), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"), rs.getString("revoked_by"),
                instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
