package io.lodestone.security;

import io.lodestone.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** No admin token is configured at all (403), or the request's token is missing or wrong (401). */
public class WriteAccessDeniedException extends ProblemException {

    private final boolean disabled;

    /** @param disabled true when no admin token is configured at all, false for a missing or wrong token */
    WriteAccessDeniedException(boolean disabled, String message) {
        super(disabled ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED, disabled ? "writes-disabled" : "unauthorized",
                disabled ? "Write endpoints disabled" : "Admin token required", message, null);
        this.disabled = disabled;
    }

    public boolean disabled() {
        return disabled;
    }
}
