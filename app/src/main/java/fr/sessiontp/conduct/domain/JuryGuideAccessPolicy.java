package fr.sessiontp.conduct.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import java.util.Collection;

/**
 * J2: the jury's guides are confidential: only a member of one of the session's jury pairs, or the session's
 * responsable (or the substitute) may read them; the centre's other staff may not.
 */
public final class JuryGuideAccessPolicy {

    private JuryGuideAccessPolicy() {
    }

    /**
     * @param juryMemberId the reader's jury member record, null when the reader is not a jury member
     * @param managerId    the reader's session manager record, null when the reader is not a responsable
     */
    public static Decision mayRead(Long juryMemberId, Long managerId, Collection<Long> pairMembers,
                                   Collection<Long> sessionManagers) {
        if (juryMemberId != null && pairMembers.contains(juryMemberId)) {
            return Decision.allowed();
        }
        if (managerId != null && sessionManagers.contains(managerId)) {
            return Decision.allowed();
        }
        return Decision.refused(RuleId.J2, "conduct.guides.refused");
    }
}
