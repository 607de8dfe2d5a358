package fr.sessiontp.audit;

import java.util.List;
import java.util.function.Consumer;

/** Reading and checking the audit trail (admin page, verification command, hardening checks). */
public interface AuditLog {

    /** Checks the whole chain and reports every altered, inserted or deleted entry. */
    AuditVerification verify();

    /** The most recent entries first, every centre's. */
    List<AuditEntry> latest(int offset, int limit);

    long count();

    /** The most recent entries of one centre first: what that centre's staff reads. */
    List<AuditEntry> latestOf(long centreId, int offset, int limit);

    long countOf(long centreId);

    /** Every entry about one kind of subject (e.g. {@code "report"}), in sequence order, for cross-checks. */
    void forEachAbout(String subjectType, Consumer<AuditEntry> consumer);
}
