package fr.sessiontp.people.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import java.time.LocalDate;

/** X2: a habilitation covers one title over a period; it ends on or after the day it starts. */
public final class HabilitationPolicy {

    private HabilitationPolicy() {
    }

    public static Decision check(LocalDate validFrom, LocalDate validUntil) {
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            return Decision.refused(RuleId.X2, "people.X2.habilitationDatesOrder");
        }
        return Decision.allowed();
    }
}
