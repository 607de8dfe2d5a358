package fr.sessiontp.audit;

import java.time.Instant;

/** One entry of the audit trail; {@code hash} covers every other field. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String ruleId,
                         String subjectType, String subjectId, String details, String previousHash, String hash) {
}
