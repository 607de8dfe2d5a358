package fr.sessiontp.conduct.domain;

import fr.sessiontp.common.RuleId;
import java.util.Arrays;
import java.util.List;

/** The steps recorded once per session: instructions given (O7), jury reception items (J1), durations reminded (J3). */
public enum Step {
    PHONES_INSTRUCTION(RuleId.O7),
    COMPUTERS_INSTRUCTION(RuleId.O7),
    REAC_RE_HANDED(RuleId.J1),
    PLATEAU_PRESENTED(RuleId.J1),
    DEROULE_PRESENTED(RuleId.J1),
    CANDIDATE_FILES_HANDED(RuleId.J1),
    ETHICS_CHARTER_RECALLED(RuleId.J1),
    DURATIONS_REMINDED(RuleId.J3);

    private final RuleId rule;

    Step(RuleId rule) {
        this.rule = rule;
    }

    public RuleId rule() {
        return rule;
    }

    public static List<Step> of(RuleId rule) {
        return Arrays.stream(values()).filter(s -> s.rule == rule).toList();
    }
}
