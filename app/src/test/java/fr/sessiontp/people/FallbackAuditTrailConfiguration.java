package fr.sessiontp.people;

import fr.sessiontp.audit.AuditEntry;
import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For the tests only, while the audit module's implementation is not on this branch: a plain audit trail writing to
 * the audit_entry table. It steps aside as soon as the application defines its own {@link AuditTrail}.
 */
@Configuration(proxyBeanMethods = false)
class FallbackAuditTrailConfiguration {

    @Bean
    @ConditionalOnMissingBean(AuditTrail.class)
    AuditTrail fallbackAuditTrail(JdbcClient jdbc) {
        return (action, rule, subjectType, subjectId, details) -> {
            jdbc.sql("select pg_advisory_xact_lock(424242)").query().singleRow();
            long seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from audit_entry").query(Long.class).single();
            String previous = jdbc.sql("select hash from audit_entry order by seq desc limit 1").query(String.class)
                    .optional().orElse("0".repeat(64));
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String actor = UserAccounts.current().map(CurrentUser::username).orElse("system");
            String ruleId = rule == null ? null : rule.name();
            String hash = sha256(seq + "|" + now + "|" + actor + "|" + action + "|" + ruleId + "|" + subjectType + "|"
                    + subjectId + "|" + details + "|" + previous);
            jdbc.sql("""
                            insert into audit_entry (seq, occurred_at, actor, action, rule_id, subject_type, subject_id,
                                details, previous_hash, hash)
                            values (:seq, :at, :actor, :action, :rule, :type, :subject, :details, :previous, :hash)""")
                    .param("seq", seq).param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("actor", actor)
                    .param("action", action).param("rule", ruleId).param("type", subjectType).param("subject", subjectId)
                    .param("details", details).param("previous", previous).param("hash", hash)
                    .update();
            return new AuditEntry(seq, now, actor, action, ruleId, subjectType, subjectId, details, previous, hash);
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
