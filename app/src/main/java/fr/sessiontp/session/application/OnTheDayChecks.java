package fr.sessiontp.session.application;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.people.TrainerSummary;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.session.domain.SessionStaffingPolicy;
import fr.sessiontp.session.persistence.SessionRepository.PairRow;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staffing policies (S3, S4, S5) asked again on the day of the session, for the conduct module. */
@Service
@Transactional(readOnly = true)
public class OnTheDayChecks {

    private final SessionSupport support;
    private final Referential referential;
    private final SessionStaffingPolicy policy = new SessionStaffingPolicy();

    OnTheDayChecks(SessionSupport support, Referential referential) {
        this.support = support;
        this.referential = referential;
    }

    private SessionRow session(long sessionId) {
        return support.sessions.find(sessionId).orElseThrow(() -> new NoSuchElementException("No session " + sessionId));
    }

    public Decision proctor(long sessionId, long proctorId) {
        SessionRow session = session(sessionId);
        ProctorSummary proctor = support.proctorOfCentre(session.centreId(), proctorId);
        return policy.canAssignProctor(proctor, support.manager(session.managerId()), support.manager(session.substituteId()),
                support.enrolledCandidates(sessionId));
    }

    public Decision trainerOnPlateau(long sessionId, long trainerId) {
        SessionRow session = session(sessionId);
        TrainerSummary trainer = support.people.trainer(trainerId).filter(t -> t.centreId() == session.centreId())
                .orElseThrow(() -> new InputRejectedException("trainerId", Messages.get("session.error.choose")));
        boolean allowed = referential.title(session.titleId()).map(t -> t.trainerAllowedOnPlatform()).orElse(false);
        return policy.canBeOnPlateau(trainer, support.enrolledCandidates(sessionId), allowed);
    }

    public Decision juryMember(long sessionId, long juryMemberId) {
        session(sessionId);
        List<PairRow> pairs = support.sessions.pairs(sessionId).stream()
                .filter(p -> p.memberAId() == juryMemberId || p.memberBId() == juryMemberId).toList();
        if (pairs.isEmpty()) {
            throw new InputRejectedException("juryMemberId", Messages.get("session.error.juryMemberUnknown"));
        }
        Set<Long> pairIds = pairs.stream().map(PairRow::id).collect(Collectors.toSet());
        List<Long> candidateIds = support.sessions.enrolments(sessionId).stream()
                .filter(e -> e.juryPairId() != null && pairIds.contains(e.juryPairId()))
                .map(e -> e.candidateId()).toList();
        List<CandidateSummary> candidates = candidateIds.isEmpty() ? List.of() : support.people.candidates(candidateIds);
        JuryMemberSummary member = support.juryMember("juryMemberId", juryMemberId);
        var links = candidateIds.isEmpty() ? List.<fr.sessiontp.people.JuryLink>of()
                : support.people.linksBetween(List.of(juryMemberId), candidateIds);
        return Decision.all(candidates.stream().map(c -> policy.canAssign(c, List.of(member), links))
                .toArray(Decision[]::new));
    }
}
