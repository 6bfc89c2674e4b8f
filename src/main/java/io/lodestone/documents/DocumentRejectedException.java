package io.lodestone.documents;

import io.lodestone.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** A document that cannot be ingested as sent: answered as problem+json, nothing stored. */
class DocumentRejectedException extends ProblemException {

    DocumentRejectedException(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail, null);
    }

    static DocumentRejectedException unprocessable(String type, String title, String detail) {
        return new DocumentRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, type, title, detail);
    }
}
