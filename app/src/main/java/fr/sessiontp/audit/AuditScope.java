package fr.sessiontp.audit;

import java.util.Optional;

/**
 * Which centre an audit entry belongs to. A module that owns a kind of subject (a session, a candidate, a PV…) answers
 * for it; the audit module asks every such bean when it records an entry, without depending on the modules that
 * provide them. An entry whose subject no module places belongs to the acting user's centre, or else to the platform.
 */
public interface AuditScope {

    /** The centre of the subject, if this module owns that kind of subject and knows it; empty otherwise. */
    Optional<Long> centreOf(String subjectType, String subjectId);

    /** A subject id as a number, or empty when it is not one (e.g. {@code "import"}). */
    static Optional<Long> numeric(String subjectId) {
        if (subjectId == null || subjectId.isEmpty() || subjectId.length() > 18
                || !subjectId.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(subjectId));
    }
}
