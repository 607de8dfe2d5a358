package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Decision;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionStatusChanged;
import fr.sessiontp.session.ValidationPath;
import fr.sessiontp.session.domain.SessionLifecycle;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves a session along its lifecycle ({@link SessionLifecycle}), and records the move in the audit trail. */
@Service
public class ChangeSessionStatus {

    private final SessionSupport support;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SessionDays days;
    private final SessionLifecycle lifecycle = new SessionLifecycle();

    ChangeSessionStatus(SessionSupport support, SessionDays days, AuditTrail audit, ApplicationEventPublisher events) {
        this.support = support;
        this.days = days;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The generic status route (session page): a move that belongs to a flow (countersignature, transmission,
     * validation, archiving) is refused with its rule, whoever asks; any other move as {@link #change}.
     */
    @Transactional
    public void changeByHand(long sessionId, SessionStatus target, String reason) {
        support.lock(sessionId);
        lifecycle.canMoveByHand(target).orThrow();
        change(sessionId, target, null, reason);
    }

    /** A move of a flow, guarded by the lifecycle (see {@link SessionLifecycle#canMove}); audited and published. */
    @Transactional
    public void change(long sessionId, SessionStatus target, RuleId cause, String reason) {
        SessionRow session = support.lock(sessionId);
        // D9: a user reaches VALIDATED, which releases the results, only through the validation flow (validate), that
        // names its path; whatever route they come from, a plain status change by a user is refused.
        if (target == SessionStatus.VALIDATED && UserAccounts.current().isPresent()) {
            Decision.refused(RuleId.D9, "session.refusal.D9.authorityOnly").orThrow();
        }
        move(session, target, cause, reason);
    }

    /**
     * D9: the validation of the transmitted PVs, which releases the results, by one of its two paths; the lifecycle
     * checks that the person acting may take that path ({@link SessionLifecycle#canValidate}).
     */
    @Transactional
    public void validate(long sessionId, ValidationPath path, CurrentUser actor) {
        SessionRow session = support.lock(sessionId);
        lifecycle.canValidate(path, actor == null ? null : actor.role()).orThrow();
        move(session, SessionStatus.VALIDATED, RuleId.D9, null);
    }

    private void move(SessionRow session, SessionStatus target, RuleId cause, String reason) {
        long sessionId = session.id();
        String text = reason == null ? null : reason.strip();
        if (!lifecycle.isEdge(session.status(), target)) {
            throw new InputRejectedException("global", Messages.get("session.error.illegalTransition",
                    Messages.get(dynamicKey("session.status.", session.status())), Messages.get(dynamicKey("session.status.", target))));
        }
        if (target == SessionStatus.CANCELLED && (text == null || text.isEmpty()) && cause != RuleId.O3) {
            throw new InputRejectedException("reason", Messages.get("session.error.cancelReasonRequired"));
        }
        var members = support.pairedMembers(support.sessions.pairs(sessionId));
        lifecycle.canMove(session.status(), target, members, SessionSupport.period(session), days.of(session), cause, text)
                .orThrow();
        support.sessions.changeStatus(sessionId, target, text);
        RuleId rule = cause != null ? cause : target == SessionStatus.OPENED ? RuleId.S2 : null;
        audit.record("session.status.changed", rule, "session", String.valueOf(sessionId),
                Messages.get("session.audit.statusChanged", session.number(),
                        Messages.get(dynamicKey("session.status.", session.status())), Messages.get(dynamicKey("session.status.", target)),
                        text == null || text.isEmpty() ? "—" : text));
        events.publishEvent(new SessionStatusChanged(sessionId, session.status(), target));
    }

    /** A message key built from a prefix and a value (an enum constant, a field name). */
    private static String dynamicKey(String prefix, Object value) {
        return prefix + value;
    }
}
