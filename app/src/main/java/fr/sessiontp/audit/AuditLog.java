package fr.sessiontp.audit;

import java.util.List;

/** Reading and checking the audit trail (admin page, verification command, hardening checks). */
public interface AuditLog {

    /** Checks the whole chain and reports every altered, inserted or deleted entry. */
    AuditVerification verify();

    /** The most recent entries first. */
    List<AuditEntry> latest(int offset, int limit);

    long count();
}
