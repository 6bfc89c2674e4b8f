package io.lodestone.graph;

/**
 * A query needed more memory than the database lets transactions use
 * (db.memory.transaction.total.max; lodestone.embedded.transaction-memory when embedded) and was stopped.
 */
public class QueryTooLargeException extends RuntimeException {

    QueryTooLargeException(Throwable cause) {
        super("The query needed more memory than the database grants its transactions and was stopped.", cause);
    }
}
