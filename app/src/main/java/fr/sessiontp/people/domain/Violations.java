package fr.sessiontp.people.domain;

import fr.sessiontp.common.Decision;
import java.util.ArrayList;
import java.util.List;

/** Collects every violation of an input, field by field, so the user sees them all at once. */
public final class Violations {

    private final List<FieldViolation> list = new ArrayList<>();

    public Violations add(String field, String code, Object... args) {
        list.add(FieldViolation.of(field, code, args));
        return this;
    }

    public Violations add(FieldViolation violation) {
        list.add(violation);
        return this;
    }

    /** Adds every refusal of a policy's decision, attached to the given field. */
    public Violations add(String field, Decision decision) {
        decision.refusals().forEach(refusal -> list.add(FieldViolation.of(field, refusal)));
        return this;
    }

    public boolean has(String field) {
        return list.stream().anyMatch(v -> v.field().equals(field));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldViolation> all() {
        return List.copyOf(list);
    }

    public void orThrow() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
