package io.lodestone.web;

import io.lodestone.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** A request body of unknown length (411) or too large (413). */
public class RequestTooLargeException extends ProblemException {

    /** @param lengthRequired true when the body's length is unknown (411), false when it is too large (413) */
    RequestTooLargeException(String message, boolean lengthRequired) {
        super(lengthRequired ? HttpStatus.LENGTH_REQUIRED : HttpStatus.CONTENT_TOO_LARGE,
                lengthRequired ? "length-required" : "request-too-large",
                lengthRequired ? "Content-Length required" : "Request body too large", message, null);
    }
}
