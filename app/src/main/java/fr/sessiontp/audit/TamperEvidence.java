package fr.sessiontp.audit;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Verifies the audit chain and then every module's {@link IntegrityCheck} (signed reports…). */
@Service
public class TamperEvidence {

    private final AuditLog auditLog;
    private final ObjectProvider<IntegrityCheck> checks;

    TamperEvidence(AuditLog auditLog, ObjectProvider<IntegrityCheck> checks) {
        this.auditLog = auditLog;
        this.checks = checks;
    }

    public TamperVerification verify() {
        AuditVerification audit = auditLog.verify();
        List<IntegrityReport> records = checks.orderedStream().map(IntegrityCheck::check).toList();
        return new TamperVerification(audit, records);
    }
}
