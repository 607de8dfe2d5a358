package fr.sessiontp.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** How an entry's hash is computed: SHA-256 over the previous hash and every field, length-prefixed. */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** PostgreSQL keeps microseconds: hash what is stored. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(String previousHash, long seq, Instant occurredAt, String actor, String action, String ruleId,
                       String subjectType, String subjectId, String details) {
        StringBuilder content = new StringBuilder();
        for (String field : new String[] {previousHash, Long.toString(seq), storable(occurredAt).toString(), actor,
                action, ruleId, subjectType, subjectId, details}) {
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
        return hash(entry.previousHash(), entry.seq(), entry.occurredAt(), entry.actor(), entry.action(),
                entry.ruleId(), entry.subjectType(), entry.subjectId(), entry.details());
    }
}
