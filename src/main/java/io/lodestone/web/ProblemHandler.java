package io.lodestone.web;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import io.lodestone.problem.InvalidParameterException;
import io.lodestone.problem.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
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
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
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

    /** A request record's constraint or conversion failed: the first parameter in the record's order is named. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Class<?> record = ex.getParameter().getParameterType();
        FieldError first = ex.getFieldErrors().stream()
                .min(Comparator.comparingInt(e -> position(record, parameterOf(e.getField())))).orElse(null);
        if (first == null) {
            return super.handleMethodArgumentNotValid(ex, headers, status, request);
        }
        String parameter = parameterOf(first.getField());
        TypeMismatchException mismatch = first.contains(TypeMismatchException.class) ? first.unwrap(TypeMismatchException.class) : null;
        InvalidParameterException problem = mismatch != null
                ? mismatch(parameter, mismatch.getRequiredType(), first.getRejectedValue())
                : new InvalidParameterException(parameter, String.valueOf(first.getDefaultMessage()));
        return handleExceptionInternal(ex, problem.getBody(), headers, problem.getStatusCode(), request);
    }

    /** The same for a request record checked in code (ExportController's neighbourhood or paths). */
    @ExceptionHandler
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        ConstraintViolation<?> first = ex.getConstraintViolations().stream()
                .min(Comparator.comparingInt(v -> position(v.getRootBeanClass(), parameterOf(v.getPropertyPath().toString()))))
                .orElseThrow();
        InvalidParameterException problem = new InvalidParameterException(parameterOf(first.getPropertyPath().toString()),
                first.getMessage());
        return handleExceptionInternal(ex, problem.getBody(), new HttpHeaders(), problem.getStatusCode(), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        InvalidParameterException problem = mismatch(name, ex.getRequiredType(), ex.getValue());
        return handleExceptionInternal(ex, problem.getBody(), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A value that does not convert: a number that is none, a choice that is not offered. */
    private static InvalidParameterException mismatch(String parameter, Class<?> required, Object value) {
        String expected;
        if (required != null && required.isEnum()) {
            expected = "one of " + Arrays.stream(required.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase()).collect(Collectors.joining(", "));
        } else if (required == Integer.class || required == int.class || required == Long.class || required == long.class) {
            expected = "a whole number";
        } else {
            expected = "of type " + (required == null ? "another type" : required.getSimpleName().toLowerCase());
        }
        return new InvalidParameterException(parameter, "'" + parameter + "' must be " + expected + "; was "
                + InvalidParameterException.quote(shown(value)) + ".");
    }

    /** A query parameter arrives as an array of its values. */
    private static String shown(Object value) {
        return value instanceof Object[] values && values.length == 1 ? String.valueOf(values[0]) : String.valueOf(value);
    }

    /** "changes[0].actor" is about the parameter "changes". */
    private static String parameterOf(String path) {
        return path.split("[.\\[]", 2)[0];
    }

    /** Where a parameter stands in its request record: components are declared in the order they are checked. */
    private static int position(Class<?> record, String parameter) {
        RecordComponent[] components = record.isRecord() ? record.getRecordComponents() : new RecordComponent[0];
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(parameter)) {
                return i;
            }
        }
        return components.length;
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
