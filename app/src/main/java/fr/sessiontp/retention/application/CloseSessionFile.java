package fr.sessiontp.retention.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.retention.SessionFile;
import fr.sessiontp.retention.persistence.RetentionRepository;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionStatusChanged;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the close: when a session is archived, in the archiving transaction, opens its session file (what A2 keeps:
 * grids, ECF booklets; the PV copies are the reports module's, X7). The A3 destructions are facts recorded by the
 * person who made them ({@link RecordDestruction}), never derived from the archive.
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

    /**
     * Opens the session file of an archived session (the A2 retention period runs from the session's end). Destructions
     * are not recorded here: each one is recorded by the person who made it ({@link RecordDestruction}, A3). Callable
     * again: the file is opened once.
     */
    @Transactional
    public void close(long sessionId) {
        SessionView session = sessions.session(sessionId).orElseThrow();
        repository.openFile(sessionId, session.summary().endDate());
        sessionFile.mayClose(sessionId).firstRefusal().ifPresent(refusal ->
                audit.record("retention.archived.portfolioMissing", RuleId.A4, "session", String.valueOf(sessionId),
                        Messages.get("retention.audit.archivedWithoutReturns", session.summary().number(),
                                refusal.message())));
    }
}
