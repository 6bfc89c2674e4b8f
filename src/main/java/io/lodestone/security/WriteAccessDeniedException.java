package io.lodestone.security;

import io.lodestone.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** No token is configured at all (403), or the request's token is missing or wrong (401). */
public class WriteAccessDeniedException extends ProblemException {

    private final boolean disabled;
    private final String title;

    /** @param disabled true when no admin token is configured at all, false for a missing or wrong token */
    WriteAccessDeniedException(boolean disabled, String message) {
        this(disabled, "Admin token required", message);
    }

    /** @param title the problem's title for a 401: which token was needed */
    WriteAccessDeniedException(boolean disabled, String title, String message) {
        super(disabled ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED, disabled ? "writes-disabled" : "unauthorized",
                disabled ? "Write endpoints disabled" : title, message, null);
        this.disabled = disabled;
        this.title = title;
    }

    public boolean disabled() {
        return disabled;
    }

    public String title() {
        return title;
    }
}
