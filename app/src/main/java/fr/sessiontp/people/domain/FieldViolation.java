package fr.sessiontp.people.domain;

import fr.sessiontp.common.Messages;
import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleId;

/**
 * Why one field of a form or of an imported line is not accepted.
 *
 * @param field   the field's name in the form (e.g. {@code birthName})
 * @param code    the message key, stable for tests
 * @param message the French text, resolved with its arguments
 * @param rule    the rule of the catalogue that refuses, or {@code null} for plain input validation
 */
public record FieldViolation(String field, String code, String message, RuleId rule) {

    public static FieldViolation of(String field, String code, Object... args) {
        return new FieldViolation(field, code, Messages.get(code, args), null);
    }

    public static FieldViolation of(String field, Refusal refusal) {
        return new FieldViolation(field, refusal.code(), refusal.message(), refusal.rule());
    }

    /** The text the user reads, ending with the rule ID when a rule refuses, e.g. "… (X3)". */
    public String displayMessage() {
        return rule == null ? message : message + " (" + rule + ")";
    }
}
