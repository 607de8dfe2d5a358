package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.ProctorSummary;
import fr.sessiontp.people.SessionManagerSummary;
import java.util.Collection;

/**
 * S5 — the responsable de session (or their substitute) cannot be the session's surveillant: a proctor who is the same
 * person as the responsable or the substitute is refused.
 */
public final class ManagerProctorPolicy {

    /** {@code substitute} may be null (no substitute named). */
    public Decision canProctor(ProctorSummary proctor, SessionManagerSummary manager, SessionManagerSummary substitute) {
        if (proctor.personId() == manager.personId()) {
            return Decision.refused(RuleId.S5, "session.refusal.S5.managerIsProctor", proctor.displayName());
        }
        if (substitute != null && proctor.personId() == substitute.personId()) {
            return Decision.refused(RuleId.S5, "session.refusal.S5.substituteIsProctor", proctor.displayName());
        }
        return Decision.allowed();
    }

    /** When naming a responsable and substitute of a session that already has proctors. */
    public Decision canName(SessionManagerSummary manager, SessionManagerSummary substitute,
                            Collection<ProctorSummary> proctors) {
        return Decision.all(proctors.stream().map(p -> canProctor(p, manager, substitute)).toArray(Decision[]::new));
    }
}
