package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.session.domain.SessionStaffingPolicy;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrols a candidate of the centre, unless their trainer proctors the session (S4). */
@Service
public class EnrolCandidate {

    private final SessionSupport support;
    private final AuditTrail audit;
    private final SessionStaffingPolicy policy = new SessionStaffingPolicy();

    EnrolCandidate(SessionSupport support, AuditTrail audit) {
        this.support = support;
        this.audit = audit;
    }

    @Transactional
    public void enrol(long sessionId, long candidateId) {
        SessionRow session = SessionSupport.requireOpen(support.lock(sessionId));
        CandidateSummary candidate = support.candidateOfCentre(session.centreId(), candidateId);
        boolean enrolled = support.sessions.enrolments(sessionId).stream().anyMatch(e -> e.candidateId() == candidateId);
        if (enrolled) {
            throw new InputRejectedException("candidateId",
                    Messages.get("session.error.candidateAlreadyEnrolled", candidate.displayName()));
        }
        policy.canEnrol(candidate, support.proctors(sessionId)).orThrow();
        support.sessions.enrol(sessionId, candidateId);
        audit.record("session.candidate.enrolled", RuleId.S4, "session", String.valueOf(sessionId),
                Messages.get("session.audit.enrolled", candidate.displayName() + " (" + candidate.identifier() + ")",
                        session.number()));
    }
}
