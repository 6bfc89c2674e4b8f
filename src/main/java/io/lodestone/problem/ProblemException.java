package io.lodestone.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error that knows its answer: the HTTP status, the problem type {@code urn:lodestone:problem:<type>},
 * a title and the detail a person can act on. Spring renders it as application/problem+json
 * (RFC 9457), so the error handler needs to know no feature's exceptions.
 */
public class ProblemException extends ErrorResponseException {

    static final String TYPE_PREFIX = "urn:lodestone:problem:";

    protected ProblemException(HttpStatus status, String type, String title, String detail, Throwable cause) {
        super(status, problem(status, type, title, detail), cause);
    }

    /** The problem body as the handler renders it, for exceptions that add members of their own. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    /** The detail, not Spring's "status, ProblemDetail[...]" summary: logs and start-up failures show it. */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
