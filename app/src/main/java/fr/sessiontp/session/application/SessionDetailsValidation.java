package fr.sessiontp.session.application;

import fr.sessiontp.centre.Centres;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.people.SessionManagerSummary;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.Title;
import fr.sessiontp.session.SessionDetails;
import fr.sessiontp.session.persistence.SessionRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks a session's details field by field (French message per field), then the centre's accreditation. */
@Component
class SessionDetailsValidation {

    private static final Pattern NUMBER = Pattern.compile("[0-9A-Z-]{1,20}");

    private final Referential referential;
    private final Centres centres;
    private final PeopleDirectory people;
    private final SessionRepository sessions;

    SessionDetailsValidation(Referential referential, Centres centres, PeopleDirectory people, SessionRepository sessions) {
        this.referential = referential;
        this.centres = centres;
        this.people = people;
        this.sessions = sessions;
    }

    /** The checked details with a trimmed number, and the session's title. */
    record Valid(SessionDetails details, Title title) {
    }

    Valid check(long centreId, SessionDetails details, Long sessionId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Title> title = Optional.empty();
        if (details.titleId() == null) {
            errors.put("titleId", Messages.get("session.error.titleRequired"));
        } else {
            title = referential.title(details.titleId());
            if (title.isEmpty()) {
                errors.put("titleId", Messages.get("session.error.titleUnknown"));
            }
        }
        if (details.type() == null) {
            errors.put("type", Messages.get("session.error.typeRequired"));
        }
        String number = details.number() == null ? "" : details.number().strip().toUpperCase(java.util.Locale.ROOT);
        if (number.isEmpty()) {
            errors.put("number", Messages.get("session.error.numberRequired"));
        } else if (!NUMBER.matcher(number).matches()) {
            errors.put("number", Messages.get("session.error.numberFormat"));
        } else if (sessions.numberTaken(number, sessionId)) {
            errors.put("number", Messages.get("session.error.numberTaken", number));
        }
        if (details.startDate() == null) {
            errors.put("startDate", Messages.get("session.error.startRequired"));
        }
        if (details.endDate() == null) {
            errors.put("endDate", Messages.get("session.error.endRequired"));
        } else if (details.startDate() != null && details.endDate().isBefore(details.startDate())) {
            errors.put("endDate", Messages.get("session.error.endBeforeStart"));
        }
        if (details.managerId() == null) {
            errors.put("managerId", Messages.get("session.error.managerRequired"));
        } else if (!ofCentre(details.managerId(), centreId)) {
            errors.put("managerId", Messages.get("session.error.managerUnknown"));
        }
        if (details.substituteId() != null) {
            if (Objects.equals(details.substituteId(), details.managerId())) {
                errors.put("substituteId", Messages.get("session.error.substituteSameAsManager"));
            } else if (!ofCentre(details.substituteId(), centreId)) {
                errors.put("substituteId", Messages.get("session.error.substituteUnknown"));
            }
        }
        if (errors.isEmpty() && centres.accreditationCovering(centreId, details.titleId(), details.startDate(),
                details.endDate()).isEmpty()) {
            errors.put("global", Messages.get("session.error.notAccredited", title.orElseThrow().code(),
                    SessionSupport.date(details.startDate()), SessionSupport.date(details.endDate())));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return new Valid(new SessionDetails(details.titleId(), details.type(), number, details.startDate(),
                details.endDate(), details.managerId(), details.substituteId()), title.orElseThrow());
    }

    private boolean ofCentre(long managerId, long centreId) {
        return people.sessionManager(managerId).map(SessionManagerSummary::centreId)
                .filter(c -> c == centreId).isPresent();
    }
}
