package fr.sessiontp.audit.testsupport;

import fr.sessiontp.audit.AuditEntry;
import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TEST ONLY: a minimal {@link AuditTrail} writing to audit_entry, used while the audit module's implementation is not
 * on this branch. Registered only when no other AuditTrail bean exists; delete it once the real one is merged.
 */
public class JdbcTestAuditTrail implements AuditTrail {

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        @ConditionalOnMissingBean(AuditTrail.class)
        AuditTrail jdbcTestAuditTrail(JdbcClient jdbc) {
            return new JdbcTestAuditTrail(jdbc);
        }
    }

    private static final String ZERO = "0".repeat(64);

    private final JdbcClient jdbc;

    public JdbcTestAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditEntry record(String action, RuleId rule, String subjectType, String subjectId, String details) {
        jdbc.sql("lock table audit_entry in exclusive mode").update();
        long seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from audit_entry").query(Long.class).single();
        String previous = jdbc.sql("select hash from audit_entry where seq = :s").param("s", seq - 1)
                .query(String.class).optional().orElse(ZERO);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String actor = UserAccounts.current().map(u -> u.username()).orElse("system");
        String ruleId = rule == null ? null : rule.name();
        String hash = sha256(String.join("|", String.valueOf(seq), now.toString(), actor, action, String.valueOf(ruleId),
                String.valueOf(subjectType), String.valueOf(subjectId), details, previous));
        jdbc.sql("""
                        insert into audit_entry (seq, occurred_at, actor, action, rule_id, subject_type, subject_id, details,
                                                 previous_hash, hash)
                        values (:seq, :at, :actor, :action, :rule, :type, :id, :details, :previous, :hash)""")
                .param("seq", seq).param("at", java.sql.Timestamp.from(now)).param("actor", actor).param("action", action)
                .param("rule", ruleId).param("type", subjectType).param("id", subjectId).param("details", details)
                .param("previous", previous).param("hash", hash).update();
        return new AuditEntry(seq, now, actor, action, ruleId, subjectType, subjectId, details, previous, hash);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
