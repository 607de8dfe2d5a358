package fr.sessiontp.api.application;

import fr.sessiontp.people.CandidateImport;
import fr.sessiontp.people.CandidateRow;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports candidates of the caller's centre and enrols them in one of its sessions, all or nothing: the rows are
 * checked like an imported file (people module), then enrolled (session module, S4); any refusal leaves nothing saved.
 */
@Service
public class ImportSessionCandidates {

    /** At most this many candidates per call. */
    public static final int MAX_ROWS = 5000;

    private final Sessions sessions;
    private final PeopleDirectory people;

    ImportSessionCandidates(Sessions sessions, PeopleDirectory people) {
        this.sessions = sessions;
        this.people = people;
    }

    /**
     * @return the import: the new candidates' ids in row order, or the errors (and nothing saved)
     * @throws NoSuchElementException when the session is not one of the caller's centre
     */
    @Transactional
    public CandidateImport importInto(CurrentUser caller, long sessionId, List<CandidateRow> rows) {
        SessionView session = sessions.sessionVisibleTo(caller, sessionId)
                .filter(s -> caller.centre().filter(c -> c == s.centre().id()).isPresent())
                .orElseThrow(() -> new NoSuchElementException("No session " + sessionId));
        CandidateImport imported = people.importCandidates(session.centre().id(),
                "l'API (" + caller.displayName() + ")", rows);
        if (imported.succeeded()) {
            sessions.enrolCandidates(sessionId, imported.importedIds());
        }
        return imported;
    }
}
