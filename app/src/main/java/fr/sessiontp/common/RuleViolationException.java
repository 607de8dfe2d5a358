package fr.sessiontp.common;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by a use case when a policy refuses; the web layer shows the refusals in the form. */
public class RuleViolationException extends RuntimeException {

    private final List<Refusal> refusals;

    public RuleViolationException(List<Refusal> refusals) {
        super(refusals.stream().map(Refusal::displayMessage).collect(Collectors.joining(" ; ")));
        this.refusals = List.copyOf(refusals);
    }

    public RuleViolationException(Refusal refusal) {
        this(List.of(refusal));
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** The refusals as a form shows them: each French message with its rule ID, one after the other. */
    public String displayMessage() {
        return refusals.stream().map(Refusal::displayMessage).collect(Collectors.joining(" "));
    }
}
