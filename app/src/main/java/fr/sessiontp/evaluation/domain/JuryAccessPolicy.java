package fr.sessiontp.evaluation.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import java.util.Collection;

/**
 * D1: deliberation data is for the session's jury only; the grids of a candidate are entered only by the pair that
 * evaluates them (J2, and D6 for what they sign).
 */
public final class JuryAccessPolicy {

    private JuryAccessPolicy() {
    }

    /** May this jury member (null: not a jury member) see the session's deliberation? */
    public static Decision mayDeliberate(Long juryMemberId, Collection<Long> sessionJury) {
        return juryMemberId != null && sessionJury.contains(juryMemberId) ? Decision.allowed()
                : Decision.refused(RuleId.D1, "evaluation.refusal.D1.notJury");
    }

    /** May this jury member enter the grids of a candidate evaluated by {@code candidatePair}? */
    public static Decision mayEnterGrids(Long juryMemberId, Collection<Long> candidatePair) {
        return juryMemberId != null && candidatePair.contains(juryMemberId) ? Decision.allowed()
                : Decision.refused(RuleId.J2, "evaluation.refusal.J2.notThePair");
    }
}
