package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.ProctorSummary;
import java.util.Collection;
import java.util.Objects;

/** S5 — the responsable de session (or their substitute) cannot be the session's surveillant. */
public final class ManagerProctorPolicy {

    public Decision canProctor(ProctorSummary proctor, long managerId, Long substituteId) {
        if (proctor.managerId() == null) {
            return Decision.allowed();
        }
        if (proctor.managerId() == managerId) {
            return Decision.refused(RuleId.S5, "session.refusal.S5.managerIsProctor", proctor.displayName());
        }
        if (Objects.equals(proctor.managerId(), substituteId)) {
            return Decision.refused(RuleId.S5, "session.refusal.S5.substituteIsProctor", proctor.displayName());
        }
        return Decision.allowed();
    }

    /** When naming a responsable and substitute of a session that already has proctors. */
    public Decision canName(long managerId, Long substituteId, Collection<ProctorSummary> proctors) {
        return Decision.all(proctors.stream().map(p -> canProctor(p, managerId, substituteId)).toArray(Decision[]::new));
    }
}
