package io.lodestone.web;

/** @param lengthRequired true when the body's length is unknown (411), false when it is too large (413) */
public class RequestTooLargeException extends RuntimeException {

    private final boolean lengthRequired;

    RequestTooLargeException(String message, boolean lengthRequired) {
        super(message);
        this.lengthRequired = lengthRequired;
    }

    public boolean lengthRequired() {
        return lengthRequired;
    }
}
