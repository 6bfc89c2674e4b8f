package io.lodestone.web;

/** The request conflicts with the state of what it names (a candidate already decided); answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
