package fr.sessiontp.audit;

import java.time.Instant;
import java.util.List;

/** The result of checking the whole chain. */
public record AuditVerification(Instant checkedAt, long entriesChecked, List<AuditProblem> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
