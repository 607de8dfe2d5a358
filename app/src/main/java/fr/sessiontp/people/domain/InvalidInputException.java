package fr.sessiontp.people.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by a use case when what the user typed is not accepted; the page shows each violation by its field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.displayMessage()).collect(Collectors.joining(" ; ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(FieldViolation violation) {
        this(List.of(violation));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
