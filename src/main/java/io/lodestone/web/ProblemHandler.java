package io.lodestone.web;

import java.net.URI;

import io.lodestone.analytics.GdsUnavailableException;
import io.lodestone.graph.QueryTimeoutException;
import io.lodestone.graph.QueryTooLargeException;
import io.lodestone.importing.ImportInProgressException;
import io.lodestone.importing.ImportRejectedException;
import io.lodestone.importing.Problem;
import io.lodestone.security.WriteAccessDeniedException;
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
 * act on; Spring's own errors (missing parameters, wrong methods...) go through the base class.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final int MAX_INSTANCE = 200;

    @ExceptionHandler
    ProblemDetail importRejected(ImportRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected", "Import files rejected",
                e.problems().size() + " problem(s) in the import files; nothing was written. Each is listed as file:line: column: message.");
        problem.setProperty("problems", e.problems().stream().map(Problem::toString).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail importInProgress(ImportInProgressException e) {
        return problem(HttpStatus.CONFLICT, "import-in-progress", "Import in progress", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail writeAccessDenied(WriteAccessDeniedException e) {
        return e.disabled()
                ? problem(HttpStatus.FORBIDDEN, "writes-disabled", "Write endpoints disabled", e.getMessage())
                : problem(HttpStatus.UNAUTHORIZED, "unauthorized", e.title(), e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail queryTimeout(QueryTimeoutException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "Query timed out",
                "The query took longer than the configured timeout (lodestone.query.timeout) and was stopped."
                        + " Narrow it: fewer hops (maxHops, depth), relationship types (types), or a smaller limit.");
    }

    @ExceptionHandler
    ProblemDetail queryTooLarge(QueryTooLargeException e) {
        log.warn("Query stopped: {}", e.getCause().getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "query-too-large", "Query needs too much memory",
                "The query needed more memory than the database grants its transactions (db.memory.transaction.total.max;"
                        + " lodestone.embedded.transaction-memory for the embedded database) and was stopped. Narrow it: fewer"
                        + " hops (maxHops, depth), relationship types (types), or a smaller limit; or raise that setting.");
    }

    @ExceptionHandler
    ProblemDetail gdsUnavailable(GdsUnavailableException e) {
        return problem(HttpStatus.NOT_IMPLEMENTED, "gds-unavailable", "Graph Data Science unavailable", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-body", "Invalid request body",
                "The request body is not a JSON document of the expected shape; see /v3/api-docs for this endpoint's schema.");
        problem.setProperty("parameter", "body");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManyHeavyQueries(TooManyHeavyQueriesException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-heavy-queries", "Too many heavy queries",
                        e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail requestTooLarge(RequestTooLargeException e) {
        return e.lengthRequired()
                ? problem(HttpStatus.LENGTH_REQUIRED, "length-required", "Content-Length required", e.getMessage())
                : problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request body too large", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName().toLowerCase();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                "'" + name + "' must be " + ("integer".equals(expected) ? "a whole number" : "of type " + expected)
                        + "; was " + Parameters.quote(String.valueOf(ex.getValue())) + ".");
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:lodestone:problem:" + type));
        problem.setTitle(title);
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
