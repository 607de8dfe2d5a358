package fr.sessiontp.api.web;

import fr.sessiontp.common.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request under /api that matches no API method (an unknown address, a method or a body type the address does not
 * take) is refused before any controller is chosen, so {@link ApiExceptionHandler} never sees it: this answers it in
 * French as application/problem+json too. Elsewhere the exception goes on to the pages' usual error handling.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRequestMismatchAdvice {

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpRequestMethodNotSupportedException.class,
            NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> mismatch(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return ApiExceptionHandler.answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Messages.get("api.error.badRequest.title"),
                    Messages.get("api.error.unsupportedMediaType"), List.of(), request);
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return ApiExceptionHandler.answer(HttpStatus.METHOD_NOT_ALLOWED, Messages.get("api.error.badRequest.title"),
                    Messages.get("api.error.methodNotAllowed"), List.of(), request);
        }
        return ApiExceptionHandler.answer(HttpStatus.NOT_FOUND, Messages.get("api.error.notFound.title"),
                Messages.get("api.error.unknownAddress"), List.of(), request);
    }
}
