package fr.sessiontp.api.web;

import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of the API as RFC 7807 {@code application/problem+json} with a French title and detail, and for bad
 * input an {@code errors} list (candidate index, field, message); never a stack trace or an HTML page.
 */
@RestControllerAdvice(assignableTypes = {ApiController.class, OpenApiController.class})
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem e, HttpServletRequest request) {
        return answer(e.status(), e.title(), e.getMessage(), e.errors(), request);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, Messages.get("api.error.notFound.title"),
                Messages.get("api.error.sessionNotFound"), List.of(), request);
    }

    @ExceptionHandler(InputRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(InputRejectedException e, HttpServletRequest request) {
        List<ApiProblem.FieldError> errors = e.fieldErrors().entrySet().stream()
                .map((Map.Entry<String, String> f) -> new ApiProblem.FieldError(null, f.getKey(), f.getValue()))
                .toList();
        return answer(HttpStatus.CONFLICT, Messages.get("api.error.conflict.title"), e.getMessage(), errors, request);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> refused(RuleViolationException e, HttpServletRequest request) {
        List<ApiProblem.FieldError> errors = e.refusals().stream()
                .map(r -> new ApiProblem.FieldError(null, null, r.displayMessage())).toList();
        return answer(HttpStatus.CONFLICT, Messages.get("api.error.conflict.title"),
                String.join(" ; ", e.refusals().stream().map(Refusal::displayMessage).toList()), errors, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String detail = Messages.get("api.error.parameter", e.getName(), "nombre entier attendu.");
        return answer(HttpStatus.BAD_REQUEST, Messages.get("api.error.badRequest.title"), detail,
                List.of(new ApiProblem.FieldError(null, e.getName(), detail)), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, Messages.get("api.error.badRequest.title"),
                Messages.get("api.error.emptyBody"), List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, Messages.get("api.error.internal.title"),
                Messages.get("api.error.internal"), List.of(), request);
    }

    static ResponseEntity<ProblemDetail> answer(HttpStatus status, String title, String detail,
                                                        List<ApiProblem.FieldError> errors, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }
}
