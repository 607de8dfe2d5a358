package fr.sessiontp.people.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import java.time.LocalDate;
import java.util.Objects;

/**
 * P1 (who is present in the déroulé) — a jury member's unavailable days are entered by the member themselves (JURY) or
 * by a centre's staff for them (ADMIN, SESSION_MANAGER), for today or later; a day entered by a centre is withdrawn by
 * that centre or by the member.
 */
public final class UnavailabilityPolicy {

    private UnavailabilityPolicy() {
    }

    public static Decision canEnter(CurrentUser actor, long juryMemberId) {
        if (actor.is(Role.JURY)) {
            return Objects.equals(actor.personId(), juryMemberId) ? Decision.allowed()
                    : Decision.refused(RuleId.P1, "people.refusal.P1.otherMember");
        }
        if ((actor.is(Role.ADMIN) || actor.is(Role.SESSION_MANAGER)) && actor.centreId() != null) {
            return Decision.allowed();
        }
        return Decision.refused(RuleId.P1, "people.refusal.P1.notAllowed");
    }

    public static Decision canRemove(CurrentUser actor, Unavailability day) {
        Decision enter = canEnter(actor, day.juryMemberId());
        if (enter.isRefused() || actor.is(Role.JURY)) {
            return enter;
        }
        return Objects.equals(actor.centreId(), day.centreId()) ? Decision.allowed()
                : Decision.refused(RuleId.P1, "people.refusal.P1.otherCentre");
    }

    public static Decision isAhead(LocalDate day, LocalDate today) {
        return day.isBefore(today) ? Decision.refused(RuleId.P1, "people.refusal.P1.past") : Decision.allowed();
    }
}
