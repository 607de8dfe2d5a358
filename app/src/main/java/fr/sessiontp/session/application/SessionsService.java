package fr.sessiontp.session.application;

import fr.sessiontp.common.Decision;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.domain.SessionLifecycle;
import fr.sessiontp.session.SessionDetails;
import fr.sessiontp.session.SessionSummary;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The {@link Sessions} API, delegating to the use cases. */
@Service
class SessionsService implements Sessions {

    private final SessionQueries queries;
    private final CreateSession createSession;
    private final EditSession editSession;
    private final EnrolCandidate enrolCandidate;
    private final WithdrawCandidate withdrawCandidate;
    private final FormJuryPair formJuryPair;
    private final DissolveJuryPair dissolveJuryPair;
    private final AssignCandidateToPair assignCandidateToPair;
    private final AssignProctor assignProctor;
    private final RemoveProctor removeProctor;
    private final ChangeSessionStatus changeSessionStatus;
    private final OnTheDayChecks onTheDay;
    private final SessionLifecycle lifecycle = new SessionLifecycle();

    SessionsService(SessionQueries queries, CreateSession createSession, EditSession editSession,
                    EnrolCandidate enrolCandidate, WithdrawCandidate withdrawCandidate, FormJuryPair formJuryPair,
                    DissolveJuryPair dissolveJuryPair, AssignCandidateToPair assignCandidateToPair,
                    AssignProctor assignProctor, RemoveProctor removeProctor,
                    ChangeSessionStatus changeSessionStatus, OnTheDayChecks onTheDay) {
        this.changeSessionStatus = changeSessionStatus;
        this.onTheDay = onTheDay;
        this.queries = queries;
        this.createSession = createSession;
        this.editSession = editSession;
        this.enrolCandidate = enrolCandidate;
        this.withdrawCandidate = withdrawCandidate;
        this.formJuryPair = formJuryPair;
        this.dissolveJuryPair = dissolveJuryPair;
        this.assignCandidateToPair = assignCandidateToPair;
        this.assignProctor = assignProctor;
        this.removeProctor = removeProctor;
    }

    @Override
    public Optional<SessionView> session(long sessionId) {
        return queries.session(sessionId);
    }

    @Override
    public Optional<SessionView> sessionVisibleTo(CurrentUser user, long sessionId) {
        return queries.sessionVisibleTo(user, sessionId);
    }

    @Override
    public Optional<SessionView> sessionManagedBy(CurrentUser user, long sessionId) {
        return queries.sessionVisibleTo(user, sessionId).filter(session -> session.isManagedBy(user));
    }

    @Override
    public List<SessionSummary> sessionsVisibleTo(CurrentUser user, int page, int pageSize) {
        return queries.sessionsVisibleTo(user, page, pageSize);
    }

    @Override
    public long countSessionsVisibleTo(CurrentUser user) {
        return queries.countSessionsVisibleTo(user);
    }

    @Override
    public long createSession(long centreId, SessionDetails details) {
        return createSession.create(centreId, details);
    }

    @Override
    public void editSession(long sessionId, SessionDetails details) {
        editSession.edit(sessionId, details);
    }

    @Override
    public void enrolCandidate(long sessionId, long candidateId) {
        enrolCandidate.enrol(sessionId, candidateId);
    }

    @Override
    public void enrolCandidates(long sessionId, List<Long> candidateIds) {
        enrolCandidate.enrolAll(sessionId, candidateIds);
    }

    @Override
    public void withdrawCandidate(long sessionId, long candidateId) {
        withdrawCandidate.withdraw(sessionId, candidateId);
    }

    @Override
    public long formJuryPair(long sessionId, long memberAId, long memberBId) {
        return formJuryPair.form(sessionId, memberAId, memberBId);
    }

    @Override
    public void dissolveJuryPair(long sessionId, long pairId) {
        dissolveJuryPair.dissolve(sessionId, pairId);
    }

    @Override
    public void assignCandidateToPair(long sessionId, long candidateId, Long pairId) {
        assignCandidateToPair.assign(sessionId, candidateId, pairId);
    }

    @Override
    public void assignProctor(long sessionId, long proctorId) {
        assignProctor.assign(sessionId, proctorId);
    }

    @Override
    public void removeProctor(long sessionId, long proctorId) {
        removeProctor.remove(sessionId, proctorId);
    }

    @Override
    public void changeStatusByHand(long sessionId, SessionStatus target, String reason) {
        changeSessionStatus.changeByHand(sessionId, target, reason);
    }

    @Override
    public List<SessionStatus> nextStatuses(SessionStatus status) {
        return lifecycle.next(status);
    }

    @Override
    public List<SessionStatus> manualNextStatuses(SessionStatus status) {
        return lifecycle.manualNext(status);
    }

    @Override
    public Optional<String> statusReason(long sessionId) {
        return queries.statusReason(sessionId);
    }

    @Override
    public Decision proctorMayActOnTheDay(long sessionId, long proctorId) {
        return onTheDay.proctor(sessionId, proctorId);
    }

    @Override
    public Decision trainerMayBeOnPlateau(long sessionId, long trainerId) {
        return onTheDay.trainerOnPlateau(sessionId, trainerId);
    }

    @Override
    public Decision juryMemberHasNoLink(long sessionId, long juryMemberId) {
        return onTheDay.juryMember(sessionId, juryMemberId);
    }
}
