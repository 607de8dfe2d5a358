package fr.sessiontp.conduct.application;

import fr.sessiontp.planning.Deroules;
import fr.sessiontp.referential.EpreuveTemplate;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.session.SessionView;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The épreuves of one day of a session, the columns of that day's attendance sheet: those the déroulé holds on that
 * day, in the order of the session's RE version. Without a déroulé the day is not known, and every épreuve of the title is listed.
 */
@Service
public class AttendanceDay {

    private final Referential referential;
    private final Deroules deroules;

    AttendanceDay(Referential referential, Deroules deroules) {
        this.referential = referential;
        this.deroules = deroules;
    }

    public List<EpreuveTemplate> epreuves(SessionView session, LocalDate day) {
        List<EpreuveTemplate> all = referential.epreuvesOfVersion(session.summary().reVersionId(), session.summary().type());
        List<Deroules.Sitting> sittings = deroules.sittings(session.id());
        if (sittings.isEmpty()) {
            return all;
        }
        Set<String> held = sittings.stream().filter(s -> s.day().equals(day)).map(Deroules.Sitting::epreuveCode)
                .collect(Collectors.toSet());
        return all.stream().filter(e -> held.contains(e.code())).toList();
    }
}
