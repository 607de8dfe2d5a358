package fr.sessiontp.retention.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.retention.domain.DocumentKind;
import fr.sessiontp.retention.domain.RetentionPolicy;
import fr.sessiontp.retention.persistence.RetentionRepository;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a document kept in the session file, e.g. the ECF booklet received for a candidate (A2). Refused with A3
 * for what must be destroyed (a production, an unused DTE, any other document) and with A4 for a DP copy (the DP
 * return form records it with the candidate's authorisation).
 */
@Service
public class RecordKeptDocument {

    private final Sessions sessions;
    private final RetentionRepository repository;
    private final RetentionPolicy policy;
    private final AuditTrail audit;

    RecordKeptDocument(Sessions sessions, RetentionRepository repository, RetentionPolicy policy, AuditTrail audit) {
        this.sessions = sessions;
        this.repository = repository;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * @return false when the document was already recorded (nothing changes)
     */
    @Transactional
    public boolean keep(long sessionId, DocumentKind kind, Long candidateId, String reference) {
        SessionView session = sessions.session(sessionId).orElseThrow(NoSuchElementException::new);
        if (kind == null) {
            throw new InputRejectedException("kind", Messages.get("retention.error.kindRequired"));
        }
        policy.mayRecordAsKept(kind).orThrow();
        if (kind == DocumentKind.EVALUATION_GRIDS || kind == DocumentKind.PV_COPY) {
            // held by the evaluation and reports modules: nothing to record by hand
            throw new InputRejectedException("kind", Messages.get("retention.error.keptElsewhere"));
        }
        CandidateSummary candidate = null;
        if (candidateId != null) {
            candidate = session.candidates().stream().filter(c -> c.id() == candidateId).findFirst()
                    .orElseThrow(() -> new InputRejectedException("candidateId",
                            Messages.get("retention.error.candidateUnknown")));
        } else if (kind == DocumentKind.ECF_BOOKLET) {
            throw new InputRejectedException("candidateId", Messages.get("retention.error.candidateRequired"));
        }
        String ref = reference == null ? "" : reference.strip();
        if (ref.length() > 200) {
            throw new InputRejectedException("reference", Messages.get("retention.error.referenceTooLong"));
        }
        boolean recorded = repository.keep(sessionId, candidateId, kind, ref, Actors.current());
        if (recorded) {
            audit.record("retention.kept", kind.rule(), "session", String.valueOf(sessionId),
                    Messages.get("retention.audit.kept", Messages.get("retention.kind." + kind),
                            candidate == null ? "—" : candidate.displayName(), session.summary().number()));
        }
        return recorded;
    }
}
