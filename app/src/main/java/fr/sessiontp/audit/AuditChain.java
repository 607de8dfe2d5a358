package fr.sessiontp.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * How an entry's hash is computed: SHA-256 over the previous hash and every field, length-prefixed. Version 1 (entries
 * written before the trail was scoped to centres) covers the original fields; version 2 covers the entry's centre too,
 * so that moving an entry to another centre's trail is reported like any other alteration.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** PostgreSQL keeps microseconds: hash what is stored. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static final int SCOPED = 2;

    static String hash(String previousHash, long seq, Instant occurredAt, String actor, String action, String ruleId,
                       String subjectType, String subjectId, String details) {
        return digest(new String[] {previousHash, Long.toString(seq), storable(occurredAt).toString(), actor,
                action, ruleId, subjectType, subjectId, details});
    }

    /** Version 2: the fields of version 1 and the entry's centre ({@code null} for the platform). */
    static String scopedHash(String previousHash, long seq, Instant occurredAt, String actor, String action,
                             String ruleId, String subjectType, String subjectId, String details, Long centreId) {
        return digest(new String[] {previousHash, Long.toString(seq), storable(occurredAt).toString(), actor,
                action, ruleId, subjectType, subjectId, details, "v2",
                centreId == null ? null : Long.toString(centreId)});
    }

    private static String digest(String[] fields) {
        StringBuilder content = new StringBuilder();
        for (String field : fields) {
            // Length prefixes keep "ab"+"c" and "a"+"bc" apart; null differs from "".
            content.append(field == null ? "-1" : Integer.toString(field.length())).append(':')
                    .append(field == null ? "" : field).append('|');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static String hashOf(AuditEntry entry) {
        if (entry.chainVersion() >= SCOPED) {
            return scopedHash(entry.previousHash(), entry.seq(), entry.occurredAt(), entry.actor(), entry.action(),
                    entry.ruleId(), entry.subjectType(), entry.subjectId(), entry.details(), entry.centreId());
        }
        return hash(entry.previousHash(), entry.seq(), entry.occurredAt(), entry.actor(), entry.action(),
                entry.ruleId(), entry.subjectType(), entry.subjectId(), entry.details());
    }
}
