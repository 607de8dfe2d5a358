package fr.sessiontp.planner.validation;

import java.util.List;

/**
 * A broken hard constraint: its number in FORMAT.md (1–7), the rule ID where one applies (P5, P7, S3,
 * S4, S5, X3, else null), the sittings and people concerned, and a French message.
 */
public record Violation(int constraint, String ruleId, List<String> sittings, List<String> people, String message) {
    public Violation {
        sittings = List.copyOf(sittings);
        people = List.copyOf(people);
    }

    @Override
    public String toString() {
        return "[contrainte " + constraint + (ruleId == null ? "" : ", " + ruleId) + "] " + message;
    }
}
