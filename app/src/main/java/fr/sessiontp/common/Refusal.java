package fr.sessiontp.common;

import java.util.Objects;

/**
 * Why a rule refuses an action: the rule's ID, the message key and the French message shown to the user.
 *
 * @param rule    the rule of the catalogue that refuses
 * @param code    the message key in {@code messages.properties}, stable for tests and field errors
 * @param message the French text, already resolved with its arguments
 */
public record Refusal(RuleId rule, String code, String message) {

    public Refusal {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
    }

    /** Builds a refusal whose message is read from the French bundle. */
    public static Refusal of(RuleId rule, String code, Object... args) {
        return new Refusal(rule, code, Messages.get(code, args));
    }

    /** The message as the user reads it, ending with the rule ID, e.g. "… (S2)". */
    public String displayMessage() {
        return message + " (" + rule + ")";
    }
}
