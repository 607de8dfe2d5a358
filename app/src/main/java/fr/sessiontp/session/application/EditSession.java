package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.session.SessionDetails;
import fr.sessiontp.session.domain.SessionPeriod;
import fr.sessiontp.session.domain.SessionStaffingPolicy;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a session's title, type, number, dates or responsables. The jury pairs must stay habilitated over the new
 * period (X2) and no proctor may become its responsable or substitute (S5).
 */
@Service
public class EditSession {

    private final SessionSupport support;
    private final SessionDetailsValidation validation;
    private final AuditTrail audit;
    private final SessionStaffingPolicy policy = new SessionStaffingPolicy();

    EditSession(SessionSupport support, SessionDetailsValidation validation, AuditTrail audit) {
        this.support = support;
        this.validation = validation;
        this.audit = audit;
    }

    @Transactional
    public void edit(long sessionId, SessionDetails input) {
        SessionRow session = support.lock(sessionId);
        SessionDetailsValidation.Valid valid = validation.check(session.centreId(), input, sessionId);
        SessionDetails d = valid.details();
        SessionPeriod period = new SessionPeriod(d.titleId(), d.startDate(), d.endDate());
        policy.canEdit(period, support.pairedMembers(support.sessions.pairs(sessionId)), support.manager(d.managerId()),
                support.manager(d.substituteId()), support.proctors(sessionId)).orThrow();
        if (!support.sessions.update(sessionId, session.version(), d.titleId(), d.type(), d.number(), d.startDate(),
                d.endDate(), d.managerId(), d.substituteId())) {
            throw new InputRejectedException("global", Messages.get("session.error.changedMeanwhile"));
        }
        audit.record("session.edited", RuleId.X2, "session", String.valueOf(sessionId),
                Messages.get("session.audit.edited", d.number(), valid.title().code(),
                        SessionSupport.date(d.startDate()), SessionSupport.date(d.endDate())));
    }
}
