package fr.sessiontp.api.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A refusal of the API, answered as French problem+json by {@link ApiExceptionHandler}. */
class ApiProblem extends RuntimeException {

    /** One wrong field: the candidate's index in the array (or null), the field's name (or null), why, in French. */
    record FieldError(Integer index, String field, String message) {
    }

    private final HttpStatus status;
    private final String title;
    private final List<FieldError> errors;

    ApiProblem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    List<FieldError> errors() {
        return errors;
    }
}
