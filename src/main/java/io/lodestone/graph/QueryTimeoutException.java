package io.lodestone.graph;

import io.lodestone.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** A query ran longer than lodestone.query.timeout and was stopped; answered 503. */
public class QueryTimeoutException extends ProblemException {

    QueryTimeoutException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "query-timeout", "Query timed out",
                "The query took longer than the configured timeout (lodestone.query.timeout) and was stopped."
                        + " Narrow it: fewer hops (maxHops, depth), relationship types (types), or a smaller limit.", cause);
    }
}
