package fr.sessiontp.audit;

import java.util.List;

/** Reading and checking the audit trail (admin page, verification command, hardening checks). */
public interface AuditLog {

    /** Checks the whole chain and reports every altered, inserted or deleted entry. */
    AuditVerification verify();

    /** The most recent entries first. */
    List<AuditEntry> latest(int offset, int limit);

    long count();

    /** Every entry about one kind of subject (e.g. {@code "report"}), in sequence order, for cross-checks. */
    void forEachAbout(String subjectType, java.util.function.Consumer<AuditEntry> consumer);
}
