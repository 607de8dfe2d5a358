package fr.sessiontp.audit;

import java.util.List;

/** The audit chain's verification and every other module's integrity check, run together. */
public record TamperVerification(AuditVerification audit, List<IntegrityReport> records) {

    public TamperVerification {
        records = List.copyOf(records);
    }

    public boolean intact() {
        return audit.intact() && records.stream().allMatch(IntegrityReport::intact);
    }

    public long problemCount() {
        return audit.problems().size() + records.stream().mapToLong(r -> r.problems().size()).sum();
    }
}
