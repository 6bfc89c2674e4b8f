package io.lodestone.web;

/** Something named in the request does not exist; answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
