package fr.sessiontp.session.application;

import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.session.SessionFact;
import fr.sessiontp.session.domain.SessionDay;
import fr.sessiontp.session.persistence.SessionFactRepository;
import fr.sessiontp.session.persistence.SessionFactRepository.FactRow;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds what the lifecycle decides from ({@link SessionDay}): the session's facts, its days, today by the clock. */
@Component
class SessionDays {

    private final SessionSupport support;
    private final SessionFactRepository facts;
    private final Clock clock;

    SessionDays(SessionSupport support, SessionFactRepository facts, Clock clock) {
        this.support = support;
        this.facts = facts;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    SessionDay of(SessionRow session) {
        List<FactRow> recorded = facts.facts(session.id());
        Set<Long> present = recorded.stream().filter(f -> f.fact() == SessionFact.JURY_MEMBER_PRESENT)
                .map(FactRow::subjectId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<JuryMemberSummary> members = support.pairedMembers(support.sessions.pairs(session.id()));
        long habilitatedPresent = members.stream().filter(m -> present.contains(m.id()))
                .filter(m -> m.habilitations().stream()
                        .anyMatch(h -> h.covers(session.titleId(), session.startDate(), session.endDate())))
                .count();
        return new SessionDay(session.status(), session.startDate(), session.endDate(), today(),
                recorded.stream().map(FactRow::fact).toList(), habilitatedPresent);
    }
}
