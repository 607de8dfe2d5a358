package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.session.domain.SessionStaffingPolicy;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigns a proctor of the centre who is neither a responsable of the session (S5) nor a candidate's trainer (S4). */
@Service
public class AssignProctor {

    private final SessionSupport support;
    private final AuditTrail audit;
    private final SessionStaffingPolicy policy = new SessionStaffingPolicy();

    AssignProctor(SessionSupport support, AuditTrail audit) {
        this.support = support;
        this.audit = audit;
    }

    @Transactional
    public void assign(long sessionId, long proctorId) {
        SessionRow session = SessionSupport.requireOpen(support.lock(sessionId));
        ProctorSummary proctor = support.proctorOfCentre(session.centreId(), proctorId);
        if (support.sessions.proctorIds(sessionId).contains(proctorId)) {
            throw new InputRejectedException("proctorId",
                    Messages.get("session.error.proctorAlreadyAssigned", proctor.displayName()));
        }
        policy.canAssignProctor(proctor, support.manager(session.managerId()), support.manager(session.substituteId()),
                support.enrolledCandidates(sessionId)).orThrow();
        support.sessions.addProctor(sessionId, proctorId);
        audit.record("session.proctor.assigned", RuleId.S5, "session", String.valueOf(sessionId),
                Messages.get("session.audit.proctorAssigned", proctor.displayName(), session.number()));
    }
}
