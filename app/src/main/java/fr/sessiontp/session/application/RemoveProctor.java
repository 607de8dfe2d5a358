package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Removes a proctor from a session. */
@Service
public class RemoveProctor {

    private final SessionSupport support;
    private final AuditTrail audit;

    RemoveProctor(SessionSupport support, AuditTrail audit) {
        this.support = support;
        this.audit = audit;
    }

    @Transactional
    public void remove(long sessionId, long proctorId) {
        SessionRow session = SessionSupport.requireOpen(support.lock(sessionId));
        if (!support.sessions.removeProctor(sessionId, proctorId)) {
            throw new InputRejectedException("proctorId", Messages.get("session.error.proctorNotAssigned"));
        }
        String name = support.people.proctor(proctorId).map(ProctorSummary::displayName).orElse("#" + proctorId);
        audit.record("session.proctor.removed", null, "session", String.valueOf(sessionId),
                Messages.get("session.audit.proctorRemoved", name, session.number()));
    }
}
