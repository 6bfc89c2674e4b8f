package io.lodestone.problem;

import org.springframework.http.HttpStatus;

/** A request parameter outside what the endpoint accepts; answered 400 naming the parameter. */
public class InvalidParameterException extends ProblemException {

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail, null);
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
}
