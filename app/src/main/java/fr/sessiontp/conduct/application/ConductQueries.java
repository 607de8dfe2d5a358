package fr.sessiontp.conduct.application;

import fr.sessiontp.common.Decision;
import fr.sessiontp.conduct.CandidateAbsence;
import fr.sessiontp.conduct.CandidateIncident;
import fr.sessiontp.conduct.Conduct;
import fr.sessiontp.conduct.domain.ConductRules;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.conduct.persistence.ConductRepository;
import fr.sessiontp.conduct.persistence.ConductRepository.Checkin;
import fr.sessiontp.conduct.persistence.ConductRepository.InformationSheet;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.session.SessionView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Conduct} API, and the state of a session on site for the pages. */
@Service
@Transactional(readOnly = true)
public class ConductQueries implements Conduct {

    private final ConductSupport support;
    private final ConductRepository repository;
    private final ConductRules rules = new ConductRules();

    ConductQueries(ConductSupport support) {
        this.support = support;
        this.repository = support.repository;
    }

    /** Everything recorded on site for a session. */
    public record State(Map<Long, Checkin> checkins, ConductRepository.EnvelopeCheck envelopes, Set<Step> steps,
                        List<Long> confirmedMembers, List<ConductRepository.DteHandout> dteHandouts,
                        List<ConductRepository.LateArrival> lateArrivals,
                        List<ConductRepository.ManagerPresence> managerPresences, List<Long> briefedProctors,
                        List<ConductRepository.Sitting> sittings, List<CandidateIncident> incidents,
                        List<ConductRepository.TopicDraw> draws, Map<Long, Boolean> sheetComplete,
                        Decision reception) {

        public boolean isAbsent(long candidateId) {
            Checkin c = checkins.get(candidateId);
            return c != null && !c.present();
        }

        public boolean isPresent(long candidateId) {
            Checkin c = checkins.get(candidateId);
            return c != null && c.present();
        }

        public List<Long> absentIds() {
            return checkins.values().stream().filter(c -> !c.present()).map(Checkin::candidateId).toList();
        }

        public boolean done(String step) {
            return steps.contains(Step.valueOf(step));
        }
    }

    public State state(long sessionId) {
        SessionView session = support.session(sessionId);
        Map<Long, Checkin> checkins = repository.checkins(sessionId).stream()
                .collect(Collectors.toMap(Checkin::candidateId, Function.identity()));
        Map<Long, Boolean> sheets = session.candidates().stream().collect(Collectors.toMap(c -> c.id(), c -> {
            InformationSheet s = support.informationSheet(c.id());
            return rules.informationSheetComplete(s.address(), s.postalCode(), s.city(), s.phone());
        }));
        return new State(checkins, repository.envelopeCheck(sessionId).orElse(null), repository.steps(sessionId),
                repository.confirmedMembers(sessionId), repository.dteHandouts(sessionId),
                repository.lateArrivals(sessionId), repository.managerPresences(sessionId),
                repository.briefedProctors(sessionId), repository.sittings(sessionId),
                repository.incidents(sessionId, null), repository.draws(sessionId), sheets, reception(session));
    }

    private Decision reception(SessionView session) {
        List<Long> members = session.juryPairs().stream().flatMap(p -> p.members().stream())
                .filter(Objects::nonNull).map(JuryMemberSummary::id).distinct().toList();
        return rules.receptionComplete(repository.steps(session.id()), repository.confirmedMembers(session.id()), members);
    }

    @Override
    public boolean juryReceptionComplete(long sessionId) {
        return evaluationMayStart(sessionId).isAllowed();
    }

    @Override
    public Decision evaluationMayStart(long sessionId) {
        return reception(support.session(sessionId));
    }

    @Override
    public List<Long> absentCandidateIds(long sessionId) {
        return repository.checkins(sessionId).stream().filter(c -> !c.present()).map(Checkin::candidateId).toList();
    }

    @Override
    public Optional<CandidateAbsence> absence(long sessionId, long candidateId) {
        return repository.checkins(sessionId).stream().filter(c -> c.candidateId() == candidateId && !c.present())
                .findFirst().map(c -> new CandidateAbsence(sessionId, candidateId, c.recordedBy(), c.recordedAt()));
    }

    @Override
    public List<CandidateIncident> incidentsOf(long sessionId, long candidateId) {
        return repository.incidents(sessionId, candidateId);
    }
}
