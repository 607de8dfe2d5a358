package fr.sessiontp.audit;

import java.time.Instant;

/**
 * One entry of the audit trail; {@code hash} covers every other field (the centre too from chain version 2).
 *
 * @param centreId     the centre the entry belongs to, {@code null} for the platform (a centre's staff sees only its own)
 * @param chainVersion how {@code hash} was computed: 1 before the trail was scoped to centres, 2 since
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String ruleId,
                         String subjectType, String subjectId, String details, String previousHash, String hash,
                         Long centreId, int chainVersion) {
}
