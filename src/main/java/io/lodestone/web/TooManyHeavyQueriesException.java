package io.lodestone.web;

import io.lodestone.problem.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Every slot for heavy queries stayed taken while the request waited; answered 429 with Retry-After. */
public class TooManyHeavyQueriesException extends ProblemException {

    TooManyHeavyQueriesException(int maxConcurrent, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-heavy-queries", "Too many heavy queries",
                "The service is already running its limit of " + maxConcurrent + " heavy queries (paths, influence,"
                        + " scenarios) at once; retry in a few seconds, or narrow the query (fewer hops, relationship types,"
                        + " a smaller limit). The limit is lodestone.query.max-concurrent-heavy.", null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }
}
