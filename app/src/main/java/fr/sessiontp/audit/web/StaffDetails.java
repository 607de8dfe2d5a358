package fr.sessiontp.audit.web;

import fr.sessiontp.audit.AuditEntry;
import fr.sessiontp.common.Messages;
import java.util.Set;

/**
 * D1 on the staff's audit page. Entries written before the trail stopped carrying the jury's deliberation (the outcome
 * confirmed, the synthesis grid's counts) still hold it in their hash-covered details; the page shows a neutral text
 * for those actions, whatever their age. The stored entry is untouched, so the chain stays verifiable.
 */
public final class StaffDetails {

    /** Actions whose details once named the outcome or summarised the grid. */
    private static final Set<String> DELIBERATION = Set.of("evaluation.outcomeConfirmed", "evaluation.synthesisEntered");

    private StaffDetails() {
    }

    /** One row of the page. */
    public record Shown(long seq, java.time.Instant occurredAt, String actor, String action, String ruleId, String subjectType,
                 String subjectId, String details) {
    }

    static Shown shown(AuditEntry entry) {
        String details = DELIBERATION.contains(entry.action())
                ? Messages.get("audit.details.deliberation") : entry.details();
        return new Shown(entry.seq(), entry.occurredAt(), entry.actor(), entry.action(), entry.ruleId(),
                entry.subjectType(), entry.subjectId(), details);
    }
}
