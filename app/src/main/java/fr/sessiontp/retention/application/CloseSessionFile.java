package fr.sessiontp.retention.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.retention.SessionFile;
import fr.sessiontp.retention.domain.DocumentKind;
import fr.sessiontp.retention.persistence.RetentionRepository;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionStatusChanged;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A3 at the close: when a session is archived, in the archiving transaction, opens its session file (what A2 keeps:
 * grids, ECF booklets; the PV copies are the reports module's, X7) and records the destruction of each candidate's
 * productions, of the unused DTEs and of every other document. Idempotent: the register holds each destruction once.
 */
@Service
public class CloseSessionFile {

    private final Sessions sessions;
    private final RetentionRepository repository;
    private final AuditTrail audit;
    private final SessionFile sessionFile;

    CloseSessionFile(Sessions sessions, RetentionRepository repository, AuditTrail audit, SessionFile sessionFile) {
        this.sessions = sessions;
        this.repository = repository;
        this.audit = audit;
        this.sessionFile = sessionFile;
    }

    @EventListener
    @Transactional
    public void on(SessionStatusChanged event) {
        if (event.to() == SessionStatus.ARCHIVED) {
            close(event.sessionId());
        }
    }

    /** Records the A3 destructions of an archived session (also callable again: nothing is recorded twice). */
    @Transactional
    public int close(long sessionId) {
        SessionView session = sessions.session(sessionId).orElseThrow();
        String by = Actors.current();
        repository.openFile(sessionId, session.summary().endDate());
        int recorded = 0;
        for (CandidateSummary candidate : session.candidates()) {
            if (repository.recordDestruction(sessionId, DocumentKind.CANDIDATE_PRODUCTION, candidate.id(), null,
                    RuleId.A3.name(), by)) {
                recorded++;
            }
        }
        for (DocumentKind kind : new DocumentKind[] {DocumentKind.UNUSED_DTE, DocumentKind.OTHER_DOCUMENTS}) {
            if (repository.recordDestruction(sessionId, kind, null, null, RuleId.A3.name(), by)) {
                recorded++;
            }
        }
        if (recorded > 0) {
            audit.record("retention.destroyed.atClose", RuleId.A3, "session", String.valueOf(sessionId),
                    Messages.get("retention.audit.destroyedAtClose", session.summary().number(),
                            session.candidates().size()));
        }
        sessionFile.mayClose(sessionId).firstRefusal().ifPresent(refusal ->
                audit.record("retention.archived.portfolioMissing", RuleId.A4, "session", String.valueOf(sessionId),
                        Messages.get("retention.audit.archivedWithoutReturns", session.summary().number(),
                                refusal.message())));
        return recorded;
    }
}
