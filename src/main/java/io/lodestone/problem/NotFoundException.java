package io.lodestone.problem;

import org.springframework.http.HttpStatus;

/** Something named in the request does not exist; answered 404. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", detail, null);
    }
}
