package io.lodestone.graph;

/** A query ran longer than lodestone.query.timeout and was stopped. */
public class QueryTimeoutException extends RuntimeException {

    QueryTimeoutException(Throwable cause) {
        super("The query took longer than the configured timeout and was stopped.", cause);
    }
}
