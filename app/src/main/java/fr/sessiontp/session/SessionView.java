package fr.sessiontp.session;

import fr.sessiontp.centre.Centre;
import fr.sessiontp.common.Decision;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.referential.Title;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import java.util.List;
import java.util.Optional;

/**
 * Everything about one session: its facts, candidates, jury pairs and staff, and whether its jury is enough for it to
 * start (S2).
 */
public record SessionView(SessionSummary summary, Title title, Centre centre, SessionManagerSummary manager,
                          SessionManagerSummary substitute, List<Enrolment> enrolments, List<JuryPair> juryPairs,
                          List<ProctorSummary> proctors, Decision staffing) {

    public SessionView {
        enrolments = List.copyOf(enrolments);
        juryPairs = List.copyOf(juryPairs);
        proctors = List.copyOf(proctors);
    }

    public long id() {
        return summary.id();
    }

    /** An enrolled candidate and the jury pair that evaluates them, if assigned. */
    public record Enrolment(CandidateSummary candidate, Long juryPairId, Integer juryPairPosition) {
    }

    /** A binôme of jury members, numbered from 1 within the session. */
    public record JuryPair(long id, int position, JuryMemberSummary memberA, JuryMemberSummary memberB) {

        public List<JuryMemberSummary> members() {
            return List.of(memberA, memberB);
        }
    }

    public Optional<JuryPair> juryPair(long pairId) {
        return juryPairs.stream().filter(p -> p.id() == pairId).findFirst();
    }

    public List<CandidateSummary> candidates() {
        return enrolments.stream().map(Enrolment::candidate).toList();
    }

    public List<CandidateSummary> candidatesOf(long pairId) {
        return enrolments.stream().filter(e -> e.juryPairId() != null && e.juryPairId() == pairId)
                .map(Enrolment::candidate).toList();
    }

    /** True when the user is staff (ADMIN or SESSION_MANAGER) of the session's centre, the ones who run it. */
    public boolean isManagedBy(CurrentUser user) {
        return (user.is(Role.ADMIN) || user.is(Role.SESSION_MANAGER))
                && user.centre().filter(id -> id == centre.id()).isPresent();
    }
}
