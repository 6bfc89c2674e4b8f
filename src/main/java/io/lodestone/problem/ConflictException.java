package io.lodestone.problem;

import org.springframework.http.HttpStatus;

/** The request conflicts with the state of what it names (a candidate already decided); answered 409. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, "conflict", "Conflict", detail, null);
    }
}
