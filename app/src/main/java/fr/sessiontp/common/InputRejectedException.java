package fr.sessiontp.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a use case refuses before any catalogue rule applies (a malformed code, a duplicate number, an unknown id…),
 * with one French message per field so that a form can show each next to its input. Rule refusals use
 * {@link RuleViolationException} instead.
 */
public class InputRejectedException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InputRejectedException(Map<String, String> fieldErrors) {
        super(String.join(" ; ", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public InputRejectedException(String field, String message) {
        this(Map.of(field, message));
    }

    /** French messages by field name; the field {@code global} is for what belongs to no single input. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
