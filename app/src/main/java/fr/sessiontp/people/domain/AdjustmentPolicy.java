package fr.sessiontp.people.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;

/**
 * X3: a candidate with a disability may be granted adjustments, such as extra time (e.g. a third more), decided by the
 * DDETS. The extra time is a percentage of each épreuve's duration, from 0 to 100; any extra time must come with a note
 * recording the DDETS decision it applies.
 */
public final class AdjustmentPolicy {

    public static final int MAX_EXTRA_TIME_PERCENT = 100;

    private AdjustmentPolicy() {
    }

    public static Decision check(int extraTimePercent, String note) {
        if (extraTimePercent < 0 || extraTimePercent > MAX_EXTRA_TIME_PERCENT) {
            return Decision.refused(RuleId.X3, "people.X3.range", MAX_EXTRA_TIME_PERCENT);
        }
        if (extraTimePercent > 0 && Fields.clean(note) == null) {
            return Decision.refused(RuleId.X3, "people.X3.ddetsDecisionRequired");
        }
        return Decision.allowed();
    }
}
