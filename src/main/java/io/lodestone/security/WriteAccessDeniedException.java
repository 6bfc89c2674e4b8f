package io.lodestone.security;

/** @param disabled true when no admin token is configured at all (403), false for a missing or wrong token (401) */
public class WriteAccessDeniedException extends RuntimeException {

    private final boolean disabled;

    WriteAccessDeniedException(boolean disabled, String message) {
        super(message);
        this.disabled = disabled;
    }

    public boolean disabled() {
        return disabled;
    }
}
