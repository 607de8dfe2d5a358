package fr.sessiontp.common;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The answer of a domain policy: allowed, or refused with one or more reasons. */
public record Decision(List<Refusal> refusals) {

    private static final Decision ALLOWED = new Decision(List.of());

    public Decision {
        refusals = List.copyOf(refusals);
    }

    public static Decision allowed() {
        return ALLOWED;
    }

    public static Decision refused(Refusal refusal) {
        return new Decision(List.of(refusal));
    }

    public static Decision refused(RuleId rule, String code, Object... args) {
        return refused(Refusal.of(rule, code, args));
    }

    /** Combines decisions: allowed only if all are, keeping every refusal. */
    public static Decision all(Decision... decisions) {
        return new Decision(Stream.of(decisions).flatMap(d -> d.refusals().stream()).toList());
    }

    public boolean isAllowed() {
        return refusals.isEmpty();
    }

    public boolean isRefused() {
        return !refusals.isEmpty();
    }

    public Optional<Refusal> firstRefusal() {
        return refusals.stream().findFirst();
    }

    /** Throws {@link RuleViolationException} if refused, for use cases that must stop. */
    public void orThrow() {
        if (isRefused()) {
            throw new RuleViolationException(refusals);
        }
    }
}
