package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.centre.Centres;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.session.SessionDetails;
import fr.sessiontp.session.persistence.SessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a PLANNED session at a centre accredited for the title over the session's dates. */
@Service
public class CreateSession {

    private final SessionDetailsValidation validation;
    private final SessionRepository sessions;
    private final Centres centres;
    private final AuditTrail audit;

    CreateSession(SessionDetailsValidation validation, SessionRepository sessions, Centres centres, AuditTrail audit) {
        this.validation = validation;
        this.sessions = sessions;
        this.centres = centres;
        this.audit = audit;
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
        return id;
    }
}
