package fr.sessiontp.session.application;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.session.domain.SessionPeriod;
import fr.sessiontp.session.persistence.SessionRepository;
import fr.sessiontp.session.persistence.SessionRepository.PairRow;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** What the staffing use cases share: loading a session and its people from the people module. */
@Component
class SessionSupport {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final SessionRepository sessions;
    final PeopleDirectory people;

    SessionSupport(SessionRepository sessions, PeopleDirectory people) {
        this.sessions = sessions;
        this.people = people;
    }

    static String date(LocalDate date) {
        return FRENCH_DATE.format(date);
    }

    /** The session, locked until the end of the transaction. */
    SessionRow lock(long sessionId) {
        return sessions.findForUpdate(sessionId)
                .orElseThrow(() -> new NoSuchElementException("No session " + sessionId));
    }

    /** Staffing changes are for sessions that have not opened yet (PLANNED or CONVENED). */
    static SessionRow requireOpen(SessionRow session) {
        if (!session.status().isBeforeOpening()) {
            throw new InputRejectedException("global", Messages.get("session.error.notPlanned"));
        }
        return session;
    }

    static SessionPeriod period(SessionRow session) {
        return new SessionPeriod(session.titleId(), session.startDate(), session.endDate());
    }

    List<CandidateSummary> enrolledCandidates(long sessionId) {
        List<Long> ids = sessions.enrolments(sessionId).stream().map(SessionRepository.EnrolmentRow::candidateId).toList();
        return ids.isEmpty() ? List.of() : people.candidates(ids);
    }

    List<ProctorSummary> proctors(long sessionId) {
        return sessions.proctorIds(sessionId).stream()
                .map(id -> people.proctor(id).orElseThrow())
                .toList();
    }

    List<JuryMemberSummary> pairedMembers(List<PairRow> pairs) {
        List<Long> ids = memberIds(pairs);
        return ids.isEmpty() ? List.of() : people.juryMembers(ids);
    }

    static List<Long> memberIds(Collection<PairRow> pairs) {
        return pairs.stream().flatMap(p -> Stream.of(p.memberAId(), p.memberBId())).distinct().toList();
    }

    CandidateSummary candidateOfCentre(long centreId, long candidateId) {
        return people.candidate(candidateId)
                .filter(c -> c.centreId() == centreId)
                .orElseThrow(() -> new InputRejectedException("candidateId", Messages.get("session.error.candidateUnknown")));
    }

    ProctorSummary proctorOfCentre(long centreId, long proctorId) {
        return people.proctor(proctorId)
                .filter(p -> p.centreId() == centreId)
                .orElseThrow(() -> new InputRejectedException("proctorId", Messages.get("session.error.proctorUnknown")));
    }

    /** A responsable (or substitute) of the session; null when {@code managerId} is null. */
    SessionManagerSummary manager(Long managerId) {
        return managerId == null ? null : people.sessionManager(managerId)
                .orElseThrow(() -> new NoSuchElementException("No session manager " + managerId));
    }

    JuryMemberSummary juryMember(String field, long memberId) {
        return people.juryMember(memberId)
                .orElseThrow(() -> new InputRejectedException(field, Messages.get("session.error.juryMemberUnknown")));
    }
}
