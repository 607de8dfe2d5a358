package fr.sessiontp.session.application;

import fr.sessiontp.session.ValidationPath;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionAction;
import fr.sessiontp.session.SessionFact;
import fr.sessiontp.session.SessionGate;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.domain.SessionLifecycle;
import fr.sessiontp.session.persistence.SessionFactRepository;
import fr.sessiontp.session.persistence.SessionRepository.SessionRow;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@link SessionGate}: records the facts, asks {@link SessionLifecycle} before each gated action and move. */
@Service
class LifecycleGate implements SessionGate {

    private final SessionSupport support;
    private final SessionDays days;
    private final SessionFactRepository facts;
    private final ChangeSessionStatus change;
    private final SessionLifecycle lifecycle = new SessionLifecycle();

    LifecycleGate(SessionSupport support, SessionDays days, SessionFactRepository facts, ChangeSessionStatus change) {
        this.support = support;
        this.days = days;
        this.facts = facts;
        this.change = change;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long sessionId, SessionFact fact, Long subjectId) {
        support.lock(sessionId);
        String who = UserAccounts.current().map(CurrentUser::displayName).orElse(Messages.get("session.fact.system"));
        facts.insert(sessionId, fact, subjectId, who, days.clock().instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Decision check(long sessionId, SessionAction action) {
        SessionRow session = support.sessions.find(sessionId)
                .orElseThrow(() -> new NoSuchElementException("No session " + sessionId));
        return lifecycle.allows(action, days.of(session));
    }

    @Override
    @Transactional
    public void convene(long sessionId) {
        change.change(sessionId, SessionStatus.CONVENED, null, null);
    }

    @Override
    @Transactional
    public void open(long sessionId) {
        change.change(sessionId, SessionStatus.OPENED, null, null);
    }

    @Override
    @Transactional
    public void startEpreuves(long sessionId) {
        change.change(sessionId, SessionStatus.IN_PROGRESS, RuleId.O3, null);
        record(sessionId, SessionFact.EPREUVES_STARTED, null);
    }

    @Override
    @Transactional
    public void cancel(long sessionId, RuleId cause, String reason) {
        change.change(sessionId, SessionStatus.CANCELLED, cause, reason);
    }

    @Override
    @Transactional
    public void startDeliberation(long sessionId) {
        change.change(sessionId, SessionStatus.DELIBERATION, null, null);
    }

    @Override
    @Transactional
    public void reportsSigned(long sessionId) {
        change.change(sessionId, SessionStatus.REPORTS_SIGNED, RuleId.D8, null);
    }

    @Override
    @Transactional
    public void transmitted(long sessionId) {
        change.change(sessionId, SessionStatus.TRANSMITTED, RuleId.A1, null);
        record(sessionId, SessionFact.TRANSMITTED, null);
    }

    @Override
    @Transactional
    public void validated(long sessionId, ValidationPath path, CurrentUser actor) {
        change.validate(sessionId, path, actor);
        record(sessionId, SessionFact.VALIDATED, null);
    }

    @Override
    @Transactional
    public void sentBack(long sessionId, String reason) {
        change.change(sessionId, SessionStatus.REPORTS_SIGNED, RuleId.A1, reason);
        record(sessionId, SessionFact.SENT_BACK, null);
    }

    @Override
    @Transactional
    public void archived(long sessionId) {
        change.change(sessionId, SessionStatus.ARCHIVED, RuleId.X7, null);
    }
}
