package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.centre.Centres;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.session.SessionDetails;
import fr.sessiontp.session.persistence.SessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a PLANNED session at a centre accredited for the title over the session's dates; when the responsable is
 * not the one the accreditation names (S7), the session is created and the warning recorded (the session page shows it).
 */
@Service
public class CreateSession {

    private final SessionDetailsValidation validation;
    private final SessionRepository sessions;
    private final Centres centres;
    private final AuditTrail audit;
    private final PeopleDirectory people;

    CreateSession(SessionDetailsValidation validation, SessionRepository sessions, Centres centres, AuditTrail audit,
                  PeopleDirectory people) {
        this.validation = validation;
        this.sessions = sessions;
        this.centres = centres;
        this.audit = audit;
        this.people = people;
    }

    @Transactional
    public long create(long centreId, SessionDetails input) {
        if (centres.centre(centreId).isEmpty()) {
            throw new InputRejectedException("global", Messages.get("session.error.centreUnknown"));
        }
        SessionDetailsValidation.Valid valid = validation.check(centreId, input, null);
        SessionDetails d = valid.details();
        long id = sessions.insert(centreId, d.titleId(), d.type(), d.number(), d.startDate(), d.endDate(),
                d.managerId(), d.substituteId());
        audit.record("session.created", null, "session", String.valueOf(id),
                Messages.get("session.audit.created", d.number(), valid.title().code(),
                        SessionSupport.date(d.startDate()), SessionSupport.date(d.endDate())));
        people.sessionManager(d.managerId()).ifPresent(m -> centres.responsableMatchesAccreditation(centreId,
                        d.titleId(), d.startDate(), d.endDate(), m.lastName(), m.firstName()).firstRefusal()
                .ifPresent(s7 -> audit.record("session.created.S7", RuleId.S7, "session", String.valueOf(id),
                        s7.message())));
        return id;
    }
}
