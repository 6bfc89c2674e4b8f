package io.lodestone;

/**
 * A start-up problem the operator can fix: says what is wrong and which setting fixes it.
 * {@link StartupFailureAnalyzer} prints it instead of a stack trace.
 */
public class StartupFailure extends RuntimeException {

    private final String action;

    public StartupFailure(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    public StartupFailure(String description, String action) {
        this(description, action, null);
    }

    public String action() {
        return action;
    }
}
