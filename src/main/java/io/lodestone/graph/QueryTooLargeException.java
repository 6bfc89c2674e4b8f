package io.lodestone.graph;

import io.lodestone.problem.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A query needed more memory than the database lets transactions use
 * (db.memory.transaction.total.max; lodestone.embedded.transaction-memory when embedded) and was stopped;
 * answered 503.
 */
public class QueryTooLargeException extends ProblemException {

    QueryTooLargeException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "query-too-large", "Query needs too much memory",
                "The query needed more memory than the database grants its transactions (db.memory.transaction.total.max;"
                        + " lodestone.embedded.transaction-memory for the embedded database) and was stopped. Narrow it: fewer"
                        + " hops (maxHops, depth), relationship types (types), or a smaller limit; or raise that setting.", cause);
    }
}
