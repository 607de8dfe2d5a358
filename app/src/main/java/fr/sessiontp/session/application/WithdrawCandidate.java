package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Withdraws an enrolled candidate from a session. */
@Service
public class WithdrawCandidate {

    private final SessionSupport support;
    private final AuditTrail audit;

    WithdrawCandidate(SessionSupport support, AuditTrail audit) {
        this.support = support;
        this.audit = audit;
    }

    @Transactional
    public void withdraw(long sessionId, long candidateId) {
        SessionRow session = SessionSupport.requireOpen(support.lock(sessionId));
        if (!support.sessions.withdraw(sessionId, candidateId)) {
            throw new InputRejectedException("candidateId", Messages.get("session.error.candidateNotEnrolled"));
        }
        String name = support.people.candidate(candidateId).map(CandidateSummary::displayName).orElse("#" + candidateId);
        audit.record("session.candidate.withdrawn", null, "session", String.valueOf(sessionId),
                Messages.get("session.audit.withdrawn", name, session.number()));
    }
}
