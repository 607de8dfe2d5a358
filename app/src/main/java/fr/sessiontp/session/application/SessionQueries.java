package fr.sessiontp.session.application;

import fr.sessiontp.centre.Centre;
import fr.sessiontp.centre.Centres;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.Title;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.session.SessionSummary;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.domain.SessionStaffingPolicy;
import fr.sessiontp.session.persistence.SessionRepository;
import fr.sessiontp.session.persistence.SessionRepository.EnrolmentRow;
import fr.sessiontp.session.persistence.SessionRepository.PairRow;
import fr.sessiontp.session.persistence.SessionRepository.Scope;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads sessions, and decides which sessions a user may see (their centre, pair, proctoring, trainees, region). */
@Service
@Transactional(readOnly = true)
public class SessionQueries {

    private final SessionSupport support;
    private final SessionRepository sessions;
    private final PeopleDirectory people;
    private final Referential referential;
    private final Centres centres;
    private final SessionStaffingPolicy policy = new SessionStaffingPolicy();

    SessionQueries(SessionSupport support, Referential referential, Centres centres) {
        this.support = support;
        this.sessions = support.sessions;
        this.people = support.people;
        this.referential = referential;
        this.centres = centres;
    }

    public Optional<SessionView> session(long sessionId) {
        return sessions.find(sessionId).map(this::view);
    }

    public Optional<SessionView> sessionVisibleTo(CurrentUser user, long sessionId) {
        return sessions.isVisible(sessionId, scope(user)) ? session(sessionId) : Optional.empty();
    }

    public List<SessionSummary> sessionsVisibleTo(CurrentUser user, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 200));
        List<SessionRow> rows = sessions.visible(scope(user), Math.max(0, page) * size, size);
        Map<Long, Title> titles = new HashMap<>();
        Map<Long, Centre> centreById = centres.centres(rows.stream().map(SessionRow::centreId).distinct().toList())
                .stream().collect(Collectors.toMap(Centre::id, Function.identity()));
        return rows.stream()
                .map(row -> summary(row, titles.computeIfAbsent(row.titleId(), id -> referential.title(id).orElseThrow()),
                        centreById.get(row.centreId())))
                .toList();
    }

    public Optional<String> statusReason(long sessionId) {
        return sessions.statusReason(sessionId);
    }

    public long countSessionsVisibleTo(CurrentUser user) {
        return sessions.countVisible(scope(user));
    }

    private Scope scope(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN, SESSION_MANAGER, API_CLIENT -> user.centre().<Scope>map(c -> new Scope.OfCentres(List.of(c)))
                    .orElse(new Scope.Nothing());
            case JURY -> user.person().<Scope>map(Scope.OfJuryMember::new).orElse(new Scope.Nothing());
            case PROCTOR -> user.person().<Scope>map(Scope.OfProctor::new).orElse(new Scope.Nothing());
            case TRAINER -> user.person().flatMap(people::trainer).<Scope>map(trainer -> new Scope.OfCandidates(
                    people.candidateIdsOfTrainer(trainer.id())))
                    .orElse(new Scope.Nothing());
            case PLATFORM_ADMIN -> new Scope.Nothing();
            case AUTHORITY -> user.region() == null ? new Scope.Nothing()
                    : new Scope.OfCentres(centres.centresInRegion(user.region()).stream().map(Centre::id).toList());
        };
    }

    private static SessionSummary summary(SessionRow row, Title title, Centre centre) {
        return new SessionSummary(row.id(), row.number(), row.type(), row.status(), row.startDate(), row.endDate(),
                row.titleId(), title.code(), title.name(), row.centreId(), centre == null ? "" : centre.name(),
                row.reVersionId());
    }

    private SessionView view(SessionRow row) {
        Title title = referential.title(row.titleId()).orElseThrow();
        Centre centre = centres.centre(row.centreId()).orElseThrow();
        SessionManagerSummary manager = people.sessionManager(row.managerId()).orElse(null);
        SessionManagerSummary substitute = row.substituteId() == null ? null
                : people.sessionManager(row.substituteId()).orElse(null);

        List<PairRow> pairRows = sessions.pairs(row.id());
        Map<Long, JuryMemberSummary> members = support.pairedMembers(pairRows).stream()
                .collect(Collectors.toMap(JuryMemberSummary::id, Function.identity()));
        List<SessionView.JuryPair> pairs = pairRows.stream()
                .map(p -> new SessionView.JuryPair(p.id(), p.position(), members.get(p.memberAId()), members.get(p.memberBId())))
                .toList();
        Map<Long, Integer> positions = pairRows.stream().collect(Collectors.toMap(PairRow::id, PairRow::position));

        List<EnrolmentRow> enrolmentRows = sessions.enrolments(row.id());
        Map<Long, CandidateSummary> candidates = enrolmentRows.isEmpty() ? Map.of()
                : people.candidates(enrolmentRows.stream().map(EnrolmentRow::candidateId).toList()).stream()
                .collect(Collectors.toMap(CandidateSummary::id, Function.identity()));
        List<SessionView.Enrolment> enrolments = enrolmentRows.stream()
                .filter(e -> candidates.containsKey(e.candidateId()))
                .map(e -> new SessionView.Enrolment(candidates.get(e.candidateId()), e.juryPairId(),
                        e.juryPairId() == null ? null : positions.get(e.juryPairId())))
                .toList();

        return new SessionView(summary(row, title, centre), title, centre, manager, substitute, enrolments, pairs,
                support.proctors(row.id()), policy.canStart(members.values(), SessionSupport.period(row)));
    }
}
