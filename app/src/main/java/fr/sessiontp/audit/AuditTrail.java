package fr.sessiontp.audit;

import fr.sessiontp.common.RuleId;

/**
 * The append-only, hash-chained audit trail: who did what, when, under which rule. Every "Record" rule of
 * the catalogue writes here. An entry is written in the caller's transaction, so a rolled-back action
 * leaves no entry behind.
 */
public interface AuditTrail {

    /**
     * Records an action of the current user (or of the system when nobody is logged in).
     *
     * @param action      what happened, a stable English verb phrase such as {@code session.created}
     * @param rule        the rule the action enforces or records, or {@code null}
     * @param subjectType the kind of thing acted on, such as {@code session} or {@code candidate}
     * @param subjectId   its identifier
     * @param details     a French sentence a reader of the trail understands
     */
    AuditEntry record(String action, RuleId rule, String subjectType, String subjectId, String details);
}
