package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.session.domain.SessionStaffingPolicy;
import fr.sessiontp.session.persistence.SessionRepository.PairRow;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigns an enrolled candidate to a jury pair with no declared link to them (S3), or unassigns them. */
@Service
public class AssignCandidateToPair {

    private final SessionSupport support;
    private final AuditTrail audit;
    private final SessionStaffingPolicy policy = new SessionStaffingPolicy();

    AssignCandidateToPair(SessionSupport support, AuditTrail audit) {
        this.support = support;
        this.audit = audit;
    }

    @Transactional
    public void assign(long sessionId, long candidateId, Long pairId) {
        SessionRow session = SessionSupport.requireOpen(support.lock(sessionId));
        boolean enrolled = support.sessions.enrolments(sessionId).stream().anyMatch(e -> e.candidateId() == candidateId);
        if (!enrolled) {
            throw new InputRejectedException("candidateId", Messages.get("session.error.candidateNotEnrolled"));
        }
        CandidateSummary candidate = support.people.candidate(candidateId).orElseThrow();
        if (pairId == null) {
            support.sessions.assignToPair(sessionId, candidateId, null);
            audit.record("session.candidate.unassigned", null, "session", String.valueOf(sessionId),
                    Messages.get("session.audit.unassigned", candidate.displayName(), session.number()));
            return;
        }
        PairRow pair = support.sessions.pairs(sessionId).stream().filter(p -> p.id() == pairId).findFirst()
                .orElseThrow(() -> new InputRejectedException("pairId", Messages.get("session.error.pairUnknown")));
        List<JuryMemberSummary> members = support.pairedMembers(List.of(pair));
        policy.canAssign(candidate, members, support.people.linksBetween(
                List.of(pair.memberAId(), pair.memberBId()), List.of(candidateId))).orThrow();
        support.sessions.assignToPair(sessionId, candidateId, pairId);
        audit.record("session.candidate.assigned", RuleId.S3, "session", String.valueOf(sessionId),
                Messages.get("session.audit.assigned", candidate.displayName(), pair.position(), session.number()));
    }
}
