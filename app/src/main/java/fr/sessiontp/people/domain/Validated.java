package fr.sessiontp.people.domain;

import java.util.List;
import java.util.Optional;

/** Either a valid value, or the violations of the input it was built from. */
public record Validated<T>(T value, List<FieldViolation> violations) {

    public Validated {
        violations = List.copyOf(violations);
    }

    public static <T> Validated<T> of(T value, Violations violations) {
        return violations.isEmpty() ? new Validated<>(value, List.of()) : new Validated<>(null, violations.all());
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    public Optional<T> valid() {
        return Optional.ofNullable(value);
    }

    /** The value, or an {@link InvalidInputException} listing every violation. */
    public T orThrow() {
        if (!isValid()) {
            throw new InvalidInputException(violations);
        }
        return value;
    }
}
