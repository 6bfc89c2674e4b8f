package io.lodestone.problem;

import org.springframework.http.HttpStatus;

/** A request parameter outside what the endpoint accepts; answered 400 naming the parameter. */
public class InvalidParameterException extends ProblemException {

    /**
     * Stands for the parameter's name at the start of a message written where the name is not known
     * (a constraint's validator): "'&lt;parameter&gt;' must be between 1 and 6, was 0.".
     */
    public static final String PARAMETER = "'<parameter>'";

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", named(parameter, detail), null);
        this.parameter = parameter;
        getBody().setProperty("parameter", parameter);
    }

    public String parameter() {
        return parameter;
    }

    /** Quotes a value for a message, shortened so a huge input is not echoed back. */
    public static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "… (" + value.length() + " characters)" : value;
        return "\"" + shown + "\"";
    }

    /** Only a leading {@link #PARAMETER} is replaced: one inside a quoted value is the caller's text. */
    private static String named(String parameter, String detail) {
        return detail.startsWith(PARAMETER) ? "'" + parameter + "'" + detail.substring(PARAMETER.length()) : detail;
    }
}
