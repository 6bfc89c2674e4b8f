package io.lodestone.documents;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A document that cannot be ingested as sent: answered as problem+json, nothing stored. */
class DocumentRejectedException extends ErrorResponseException {

    DocumentRejectedException(HttpStatus status, String type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:lodestone:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    static DocumentRejectedException unprocessable(String type, String title, String detail) {
        return new DocumentRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, type, title, detail);
    }
}
