package fr.sessiontp.session.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Decision;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionStatusChanged;
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
        // D9: only the territorial authority validates the reports and so releases the results; a user acting in a
        // request with another role never reaches VALIDATED, whatever route they come from.
        if (target == SessionStatus.VALIDATED && UserAccounts.current().filter(u -> !u.is(Role.AUTHORITY)).isPresent()) {
            Decision.refused(RuleId.D9, "session.refusal.D9.authorityOnly").orThrow();
        }
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
