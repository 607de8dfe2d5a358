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

    /**
     * Enrols several candidates of the centre at once (an import), all or none: each is checked as by {@link #enrol}
     * (S4), and one audit entry lists them.
     */
    @Transactional
    public void enrolAll(long sessionId, java.util.List<Long> candidateIds) {
        SessionRow session = SessionSupport.requireOpen(support.lock(sessionId));
        if (candidateIds.isEmpty()) {
            return;
        }
        java.util.Map<Long, CandidateSummary> byId = new java.util.HashMap<>();
        support.people.candidates(candidateIds).forEach(c -> byId.put(c.id(), c));
        java.util.Set<Long> enrolled = new java.util.HashSet<>();
        support.sessions.enrolments(sessionId).forEach(e -> enrolled.add(e.candidateId()));
        var proctors = support.proctors(sessionId);
        java.util.List<CandidateSummary> candidates = new java.util.ArrayList<>();
        for (long candidateId : candidateIds) {
            CandidateSummary candidate = byId.get(candidateId);
            if (candidate == null || candidate.centreId() != session.centreId()) {
                throw new InputRejectedException("candidateId", Messages.get("session.error.candidateUnknown"));
            }
            if (!enrolled.add(candidateId)) {
                throw new InputRejectedException("candidateId",
                        Messages.get("session.error.candidateAlreadyEnrolled", candidate.displayName()));
            }
            policy.canEnrol(candidate, proctors).orThrow();
            candidates.add(candidate);
        }
        support.sessions.enrolAll(sessionId, candidates.stream().map(CandidateSummary::id).toList());
        String names = candidates.stream().limit(100).map(c -> c.displayName() + " (" + c.identifier() + ")")
                .collect(java.util.stream.Collectors.joining(", ")) + (candidates.size() > 100 ? "…" : "");
        audit.record("session.candidate.enrolled", RuleId.S4, "session", String.valueOf(sessionId),
                Messages.get("session.audit.enrolledMany", candidates.size(), session.number(), names));
    }
}
