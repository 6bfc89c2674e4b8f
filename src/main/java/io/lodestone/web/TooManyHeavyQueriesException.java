package io.lodestone.web;

/** Every slot for heavy queries stayed taken while the request waited; answered 429 with Retry-After. */
public class TooManyHeavyQueriesException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyHeavyQueriesException(int maxConcurrent, long retryAfterSeconds) {
        super("The service is already running its limit of " + maxConcurrent + " heavy queries (paths, influence,"
                + " scenarios) at once; retry in a few seconds, or narrow the query (fewer hops, relationship types,"
                + " a smaller limit). The limit is lodestone.query.max-concurrent-heavy.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
