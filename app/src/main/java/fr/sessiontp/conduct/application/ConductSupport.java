package fr.sessiontp.conduct.application;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.conduct.persistence.ConductRepository;
import fr.sessiontp.conduct.persistence.ConductRepository.InformationSheet;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.SessionGate;
import fr.sessiontp.session.Sessions;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/** What the conduct use cases share: the session, its state on site, who acts. */
@Component
class ConductSupport {

    final Sessions sessions;
    final SessionGate gate;
    final ConductRepository repository;
    final Referential referential;
    final PeopleDirectory people;

    ConductSupport(Sessions sessions, SessionGate gate, ConductRepository repository, Referential referential,
                   PeopleDirectory people) {
        this.gate = gate;
        this.people = people;
        this.sessions = sessions;
        this.repository = repository;
        this.referential = referential;
    }

    SessionView session(long sessionId) {
        return sessions.session(sessionId).orElseThrow(() -> new NoSuchElementException("No session " + sessionId));
    }

    /** The session, which must be opened or with its épreuves in progress. */
    SessionView onSite(long sessionId) {
        SessionView session = session(sessionId);
        if (!session.summary().status().isOnSite()) {
            throw new InputRejectedException("global", Messages.get("conduct.error.notOnSite",
                    Messages.get(dynamicKey("session.status.", session.summary().status()))));
        }
        return session;
    }

    /** The candidate's information sheet (O8) as the people module keeps it; empty fields until it is completed. */
    InformationSheet informationSheet(long candidateId) {
        return people.candidateContact(candidateId)
                .map(c -> new InformationSheet(c.postalAddress(), c.postalCode(), c.city(), c.phone()))
                .orElse(new InformationSheet(null, null, null, null));
    }

    static CandidateSummary enrolled(SessionView session, long candidateId) {
        return session.candidates().stream().filter(c -> c.id() == candidateId).findFirst()
                .orElseThrow(() -> new InputRejectedException("candidateId", Messages.get("session.error.candidateNotEnrolled")));
    }

    EpreuveTemplate epreuve(SessionView session, String code) {
        return epreuves(session).stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new InputRejectedException("epreuveCode", Messages.get("conduct.error.epreuveUnknown")));
    }

    List<EpreuveTemplate> epreuves(SessionView session) {
        return referential.epreuvesOfVersion(session.summary().reVersionId(), session.summary().type());
    }

    List<Long> presentIds(long sessionId) {
        return repository.checkins(sessionId).stream().filter(ConductRepository.Checkin::present)
                .map(ConductRepository.Checkin::candidateId).toList();
    }

    static String who() {
        return UserAccounts.current().map(CurrentUser::displayName).orElse("système");
    }

    static String sid(SessionView session) {
        return String.valueOf(session.id());
    }

    /** A message key built from a prefix and a value (an enum constant, a field name). */
    private static String dynamicKey(String prefix, Object value) {
        return prefix + value;
    }
}
