package io.lodestone.security;

/** @param disabled true when no token is configured at all (403), false for a missing or wrong token (401) */
public class WriteAccessDeniedException extends RuntimeException {

    private final boolean disabled;
    private final String title;

    WriteAccessDeniedException(boolean disabled, String message) {
        this(disabled, "Admin token required", message);
    }

    WriteAccessDeniedException(boolean disabled, String title, String message) {
        super(message);
        this.disabled = disabled;
        this.title = title;
    }

    public boolean disabled() {
        return disabled;
    }

    /** The problem's title for a 401: which token was needed. */
    public String title() {
        return title;
    }
}
