package io.lodestone.web;

import java.net.URI;

import io.lodestone.problem.InvalidParameterException;
import io.lodestone.problem.ProblemException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into {@code application/problem+json} (RFC 9457) with a detail a person can
 * act on. The service's own errors carry their answer ({@link ProblemException}) and, like Spring's
 * own (missing parameters, wrong methods...), go through the base class; only errors that carry
 * none (the driver's, unreadable bodies, type mismatches) are mapped here.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final int MAX_INSTANCE = 200;

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-body", "Invalid request body",
                "The request body is not a JSON document of the expected shape; see /v3/api-docs for this endpoint's schema.");
        problem.setProperty("parameter", "body");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName().toLowerCase();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                "'" + name + "' must be " + ("integer".equals(expected) ? "a whole number" : "of type " + expected)
                        + "; was " + InvalidParameterException.quote(String.valueOf(ex.getValue())) + ".");
        problem.setProperty("parameter", name);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    // TransientException: the server is up but the database is not (starting, stopping, recovering).
    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class, TransientException.class})
    ProblemDetail databaseUnavailable(RuntimeException e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                "The Neo4j database does not answer right now; try again shortly. /actuator/health shows its state.");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setInstance(currentInstance());
        }
        return response;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemException.problem(status, type, title, detail);
        problem.setInstance(currentInstance());
        return problem;
    }

    /**
     * The request path as the problem's instance, shortened: Spring would otherwise echo the whole
     * path, and a hostile 20 KB id would come back in every error.
     */
    private static URI currentInstance() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        String path = attributes.getRequest().getRequestURI();
        if (path.length() > MAX_INSTANCE) {
            path = path.substring(0, MAX_INSTANCE).replaceAll("%[0-9A-Fa-f]?$", "") + "...";
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return URI.create(attributes.getRequest().getServletPath().replaceAll("[^A-Za-z0-9/_.:-]", "_"));
        }
    }

}
