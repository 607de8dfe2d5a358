package fr.sessiontp.people.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;

/**
 * X2 — jury records belong to the regional authority: only the AUTHORITY of the jury member's region grants, changes or
 * withdraws a habilitation, decides a centre's proposal or corrects the member's record. A centre proposes members and
 * chooses among the habilitated ones; it never habilitates.
 */
public final class JuryDirectoryPolicy {

    private JuryDirectoryPolicy() {
    }

    /** Whether {@code actor} may decide on the record of a jury member of {@code memberRegion}. */
    public static Decision canDecide(CurrentUser actor, String memberRegion) {
        if (!actor.is(Role.AUTHORITY)) {
            return Decision.refused(RuleId.X2, "people.refusal.X2.authorityOnly", memberRegion);
        }
        if (!sameRegion(actor.region(), memberRegion)) {
            return Decision.refused(RuleId.X2, "people.refusal.X2.otherRegion", memberRegion);
        }
        return Decision.allowed();
    }

    /** A centre's staff proposes a member; the authority decides. */
    public static Decision canPropose(CurrentUser actor) {
        if (!actor.is(Role.ADMIN) || actor.centreId() == null) {
            return Decision.refused(RuleId.X2, "people.refusal.X2.centreProposes");
        }
        return Decision.allowed();
    }

    public static boolean sameRegion(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
