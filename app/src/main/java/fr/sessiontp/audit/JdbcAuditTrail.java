package fr.sessiontp.audit;

import fr.sessiontp.common.RuleId;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail on PostgreSQL. Appends are serialised by a transaction-scoped advisory lock, so that
 * the sequence has no gap and each entry chains to the one committed before it, even with several
 * application instances on one database.
 */
@Service
class JdbcAuditTrail implements AuditTrail, AuditLog {

    /** Arbitrary key of the advisory lock that serialises appends. */
    private static final long APPEND_LOCK = 0x5E5510A0D17L;
    private static final String SYSTEM_ACTOR = "système";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<AuditScope> scopes;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock, ObjectProvider<AuditScope> scopes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.scopes = scopes;
    }

    @Override
    @Transactional
    public AuditEntry record(String action, RuleId rule, String subjectType, String subjectId, String details) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", APPEND_LOCK).query().singleRow();
        var last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, row) -> new Object[] {rs.getLong("seq"), rs.getString("hash")})
                .optional();
        long seq = last.map(l -> (Long) l[0] + 1).orElse(1L);
        String previousHash = last.map(l -> (String) l[1]).orElse(AuditChain.GENESIS);
        var occurredAt = AuditChain.storable(clock.instant());
        String actor = UserAccounts.current().map(CurrentUser::username).orElse(SYSTEM_ACTOR);
        String ruleId = rule == null ? null : rule.name();
        Long centreId = centreOf(subjectType, subjectId);
        String hash = AuditChain.scopedHash(previousHash, seq, occurredAt, actor, action, ruleId, subjectType, subjectId,
                details, centreId);
        jdbc.sql("""
                        insert into audit_entry (seq, occurred_at, actor, action, rule_id, subject_type, subject_id,
                                                 details, previous_hash, hash, centre_id, chain_version)
                        values (:seq, :occurredAt, :actor, :action, :ruleId, :subjectType, :subjectId,
                                :details, :previousHash, :hash, :centreId, :chainVersion)""")
                .param("seq", seq)
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("actor", actor)
                .param("action", action)
                .param("ruleId", ruleId)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("details", details)
                .param("previousHash", previousHash)
                .param("hash", hash)
                .param("centreId", centreId)
                .param("chainVersion", AuditChain.SCOPED)
                .update();
        return new AuditEntry(seq, occurredAt, actor, action, ruleId, subjectType, subjectId, details, previousHash, hash,
                centreId, AuditChain.SCOPED);
    }

    /** The centre of the subject (a centre itself, or what its module says), else the acting user's; null: platform. */
    private Long centreOf(String subjectType, String subjectId) {
        if ("centre".equals(subjectType)) {
            Optional<Long> centre = AuditScope.numeric(subjectId);
            if (centre.isPresent()) {
                return centre.get();
            }
        }
        if (subjectType != null) {
            Optional<Long> owned = scopes.orderedStream().map(scope -> scope.centreOf(subjectType, subjectId))
                    .flatMap(Optional::stream).findFirst();
            if (owned.isPresent()) {
                return owned.get();
            }
        }
        return UserAccounts.current().map(CurrentUser::centreId).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        AuditVerifier verifier = new AuditVerifier();
        jdbc.sql("select * from audit_entry order by seq")
                .query((ResultSet rs) -> {
                    verifier.accept(map(rs, 0));
                });
        return verifier.result(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int offset, int limit) {
        return jdbc.sql("select * from audit_entry order by seq desc offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcAuditTrail::map)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> latestOf(long centreId, int offset, int limit) {
        return jdbc.sql("select * from audit_entry where centre_id = :centre order by seq desc offset :offset limit :limit")
                .param("centre", centreId)
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcAuditTrail::map)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long countOf(long centreId) {
        return jdbc.sql("select count(*) from audit_entry where centre_id = :centre").param("centre", centreId)
                .query(Long.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachAbout(String subjectType, java.util.function.Consumer<AuditEntry> consumer) {
        jdbc.sql("select * from audit_entry where subject_type = :type order by seq")
                .param("type", subjectType)
                .query((ResultSet rs) -> {
                    consumer.accept(map(rs, 0));
                });
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("rule_id"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("details"), rs.getString("previous_hash"),
                rs.getString("hash"), rs.getObject("centre_id", Long.class), rs.getInt("chain_version"));
    }
}
