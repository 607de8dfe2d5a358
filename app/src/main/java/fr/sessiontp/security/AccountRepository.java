package fr.sessiontp.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts as their administration sees them (app_user), and the one-time links (account_token). */
@Repository
class AccountRepository {

    /** An account; {@code passwordSet} is false while an invitation is pending. */
    record AccountRow(long id, String username, String displayName, Role role, Long centreId, Long personId,
                      String region, String email, boolean enabled, boolean passwordSet) {
    }

    /** What an open session is checked against on each request. */
    record SessionState(boolean enabled, Role role, Long centreId, Long personId, String passwordHash) {
    }

    /** A link still usable: its account and what it is for. */
    record LinkRow(long id, long userId, String purpose) {
    }

    private static final String COLUMNS = """
            id, username, display_name, role, centre_id, person_id, region, email, enabled, password_set""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id)
                .query(AccountRepository::map).optional();
    }

    /** The accounts of one centre, or of every centre and none (null), by username; at most {@code limit}. */
    List<AccountRow> list(Long centreId, int limit) {
        String where = centreId == null ? "where role <> 'API_CLIENT'" : "where centre_id = :c";
        var sql = jdbc.sql("select " + COLUMNS + " from app_user " + where + " order by lower(username) limit :limit")
                .param("limit", limit);
        if (centreId != null) {
            sql = sql.param("c", centreId);
        }
        return sql.query(AccountRepository::map).list();
    }

    /**
     * The enabled accounts with this role in this scope (a centre, or the platform with null), but one. Their rows are
     * locked (in id order, this one included) until the transaction ends, so that two administrators disabling each other at the same moment cannot
     * both succeed: the second one counts again once the first has committed.
     */
    long otherEnabled(Role role, Long centreId, long excluded) {
        return jdbc.sql("""
                        select count(*) filter (where id <> :x) from (select id from app_user
                          where role = :r and enabled and (cast(:c as bigint) is null or centre_id = :c)
                          order by id for update) admins""")
                .param("r", role.name()).param("x", excluded).param("c", centreId).query(Long.class).single();
    }

    /** The enabled accounts whose username or e-mail is this identifier (a reset request). */
    List<AccountRow> enabledByUsernameOrEmail(String identifier) {
        return jdbc.sql("select " + COLUMNS + " " + """
                        from app_user where enabled and role <> 'API_CLIENT'
                          and (lower(username) = lower(:i) or lower(email) = lower(:i)) limit 5""")
                .param("i", identifier).query(AccountRepository::map).list();
    }

    long insertInvited(NewUser user, String email, String unusableHash) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, role, display_name, centre_id, person_id, region,
                          email, password_set)
                        values (:username, :hash, :role, :displayName, :centreId, :personId, :region, :email, false)
                        returning id""")
                .param("username", user.username()).param("hash", unusableHash).param("role", user.role().name())
                .param("displayName", user.displayName()).param("centreId", user.centreId())
                .param("personId", user.personId()).param("region", user.region()).param("email", email)
                .query(Long.class).single();
    }

    void updateRole(long id, Role role, Long personId) {
        jdbc.sql("update app_user set role = :r, person_id = :p where id = :id")
                .param("r", role.name()).param("p", personId).param("id", id).update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = :e where id = :id").param("e", enabled).param("id", id).update();
    }

    void setPassword(long id, String hash) {
        jdbc.sql("update app_user set password_hash = :h, password_set = true where id = :id")
                .param("h", hash).param("id", id).update();
    }

    Optional<SessionState> sessionState(long id) {
        return jdbc.sql("select enabled, role, centre_id, person_id, password_hash from app_user where id = :id")
                .param("id", id)
                .query((rs, n) -> new SessionState(rs.getBoolean(1), Role.valueOf(rs.getString(2)),
                        rs.getObject(3, Long.class), rs.getObject(4, Long.class), rs.getString(5)))
                .optional();
    }

    // ---- one-time links ----

    void insertLink(long userId, String purpose, String tokenSha256, Instant at, Instant expiresAt, String by) {
        jdbc.sql("""
                        insert into account_token (user_id, purpose, token_sha256, created_at, expires_at, created_by)
                        values (:u, :p, :sha, :at, :exp, :by)""")
                .param("u", userId).param("p", purpose).param("sha", tokenSha256).param("at", utc(at))
                .param("exp", utc(expiresAt)).param("by", by).update();
    }

    /** The link with this token hash if it is unused and not expired at {@code now}. */
    Optional<LinkRow> usableLink(String tokenSha256, Instant now) {
        return jdbc.sql("""
                        select id, user_id, purpose from account_token
                        where token_sha256 = :sha and used_at is null and expires_at > :now""")
                .param("sha", tokenSha256).param("now", utc(now))
                .query((rs, n) -> new LinkRow(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
    }

    /** Marks a usable link used; false when it was used or expired in the meantime (it is used once only). */
    boolean use(long linkId, Instant now) {
        return jdbc.sql("update account_token set used_at = :now where id = :id and used_at is null and expires_at > :now")
                .param("now", utc(now)).param("id", linkId).update() == 1;
    }

    /** Ends every unused link of an account (a new link, a password set, a disabled account). */
    void closeLinks(long userId, Instant now) {
        jdbc.sql("update account_token set used_at = :now where user_id = :u and used_at is null")
                .param("now", utc(now)).param("u", userId).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AccountRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("centre_id", Long.class),
                rs.getObject("person_id", Long.class), rs.getString("region"), rs.getString("email"),
                rs.getBoolean("enabled"), rs.getBoolean("password_set"));
    }
}
