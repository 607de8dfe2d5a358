package fr.sessiontp.conduct.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.domain.ConductRules;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.session.SessionView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** X5: an incident or a fraud written up for a candidate, signed by witnesses; the PV mentions it. */
@Service
public class RecordIncident {

    private final ConductSupport support;
    private final AuditTrail audit;
    private final ConductRules rules = new ConductRules();

    RecordIncident(ConductSupport support, AuditTrail audit) {
        this.support = support;
        this.audit = audit;
    }

    @Transactional
    public long record(long sessionId, long candidateId, String kind, String description, String witnesses,
                       boolean witnessesConfirmed) {
        SessionView session = support.onSite(sessionId);
        CandidateSummary candidate = ConductSupport.enrolled(session, candidateId);
        if (!"INCIDENT".equals(kind) && !"FRAUD".equals(kind)) {
            throw new InputRejectedException("kind", Messages.get("conduct.error.kindRequired"));
        }
        String text = description == null ? null : description.strip();
        String names = witnesses == null ? null : witnesses.strip();
        if (text != null && text.length() > 4000 || names != null && names.length() > 1000) {
            throw new InputRejectedException("description", Messages.get("conduct.error.tooLong"));
        }
        rules.incident(text, names, witnessesConfirmed).orThrow();
        long id = support.repository.saveIncident(sessionId, candidateId, kind, text, names, ConductSupport.who());
        audit.record("conduct.incident.recorded", RuleId.X5, "candidate", String.valueOf(candidateId),
                Messages.get("conduct.audit.incident", Messages.get(dynamicKey("conduct.kind.", kind)), candidate.displayName(),
                        session.summary().number(), names));
        return id;
    }

    /** A message key built from a prefix and a value (an enum constant, a field name). */
    private static String dynamicKey(String prefix, Object value) {
        return prefix + value;
    }
}
