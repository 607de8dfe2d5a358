package fr.sessiontp.planner.format;

import java.util.List;

/** Either a value or the list of every error found. */
public record ReadResult<T>(T value, List<FormatError> errors) {
    public ReadResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return value != null && errors.isEmpty();
    }

    public static <T> ReadResult<T> of(T value) {
        return new ReadResult<>(value, List.of());
    }

    public static <T> ReadResult<T> failed(List<FormatError> errors) {
        return new ReadResult<>(null, errors);
    }
}
