package io.lodestone.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jProperties;
import org.springframework.stereotype.Component;

/**
 * Runs the query files of {@code cypher/} in read transactions (routed to followers in a cluster)
 * with a timeout, so no API call can write or run forever.
 */
@Component
public class GraphReader {

    private static final Logger log = LoggerFactory.getLogger(GraphReader.class);

    private final Driver driver;
    private final CypherFiles cypher;
    private final String database;
    private final Duration timeout;

    @Autowired
    GraphReader(Driver driver, CypherFiles cypher, DataNeo4jProperties data, QueryProperties query) {
        this(driver, cypher, database(data), query.timeout());
    }

    GraphReader(Driver driver, CypherFiles cypher, String database, Duration timeout) {
        this.driver = driver;
        this.cypher = cypher;
        this.database = database;
        this.timeout = timeout;
    }

    /** The database the service uses: spring.data.neo4j.database (NEO4J_DATABASE), by default neo4j. */
    public static String database(DataNeo4jProperties data) {
        return data.getDatabase() == null || data.getDatabase().isBlank() ? "neo4j" : data.getDatabase();
    }

    /** Runs one query file and returns its records. */
    public List<Record> read(String file, Map<String, Object> parameters) {
        return inReadTransaction(reader -> reader.run(file, parameters));
    }

    /** Runs several queries in one read transaction, so they see the same state of the graph. */
    public <T> T inReadTransaction(Function<Reader, T> work) {
        return inReadTransaction(timeout, work);
    }

    /** As {@link #inReadTransaction(Function)}, with a timeout of its own (e.g. for graph algorithms). */
    public <T> T inReadTransaction(Duration timeout, Function<Reader, T> work) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout)
                .withMetadata(Map.of("app", "lodestone-api")).build();
        SessionConfig sessionConfig = SessionConfig.builder()
                .withDatabase(database)
                .withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
                .build();
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> work.apply(new Reader(tx)), config);
        } catch (TransactionTerminatedException e) {
            throw new QueryTimeoutException(e);
        } catch (Neo4jException e) {
            if (isTimeout(e)) {
                throw new QueryTimeoutException(e);
            }
            if (isOutOfTransactionMemory(e)) {
                log.warn("Query stopped: {}", e.getMessage());
                throw new QueryTooLargeException(e);
            }
            throw e;
        }
    }

    // A transient error to the driver (it retries), but the same query fails the same way again:
    // not "database unavailable" to the caller.
    private static boolean isOutOfTransactionMemory(Neo4jException e) {
        String code = String.valueOf(e.code());
        return code.endsWith("MemoryPoolOutOfMemoryError") || code.endsWith("TransactionMemoryLimit");
    }

    // Procedures that notice the termination report it in their own words, under another code.
    private static boolean isTimeout(Neo4jException e) {
        String code = String.valueOf(e.code());
        return code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated")
                || code.endsWith("Transaction.LockClientStopped")
                || String.valueOf(e.getMessage()).contains("has not completed within the timeout");
    }

    /** Queries within one read transaction. */
    public final class Reader {

        private final TransactionContext tx;

        private Reader(TransactionContext tx) {
            this.tx = tx;
        }

        public List<Record> run(String file, Map<String, Object> parameters) {
            return tx.run(cypher.get(file), parameters).list();
        }
    }
}
