package io.lodestone.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import io.lodestone.graph.CypherFiles;
import io.lodestone.graph.GraphChangedEvent;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Loads the import files into the graph with the Cypher files of {@code cypher/import/}. All files
 * are validated first; then everything is written in one transaction, so a failure at any point
 * leaves the previous graph as it was.
 */
@Service
public class GraphImporter {

    private static final Logger log = LoggerFactory.getLogger(GraphImporter.class);

    private final Driver driver;
    private final CypherFiles cypher;
    private final ImportProperties properties;
    private final String database;
    private final ApplicationEventPublisher events;
    private final ReentrantLock running = new ReentrantLock();

    GraphImporter(Driver driver, CypherFiles cypher, ImportProperties properties,
                  @Value("${spring.data.neo4j.database:neo4j}") String database, ApplicationEventPublisher events) {
        this.driver = driver;
        this.events = events;
        this.cypher = cypher;
        this.properties = properties;
        this.database = database;
    }

    /** @throws ImportRejectedException listing every problem of the files; nothing is written then */
    public ImportReport importGraph() {
        if (!running.tryLock()) {
            throw new ImportInProgressException();
        }
        try {
            long started = System.currentTimeMillis();
            ValidatedImport files = ImportValidator.validate(properties.directory(), properties.maxFileSize().toBytes());
            TransactionConfig config = TransactionConfig.builder()
                    .withTimeout(properties.timeout())
                    .withMetadata(Map.of("app", "lodestone-import"))
                    .build();
            try (Session session = driver.session(SessionConfig.forDatabase(database))) {
                List<SummaryCounters> counters = session.executeWrite(tx -> load(tx, files), config);
                ImportReport report = new ImportReport(files.entityIds().size(), files.factIds().size(),
                        files.sourceIds().size(),
                        counters.stream().mapToInt(SummaryCounters::nodesCreated).sum(),
                        counters.stream().mapToInt(SummaryCounters::nodesDeleted).sum(),
                        counters.stream().mapToInt(SummaryCounters::relationshipsCreated).sum(),
                        counters.stream().mapToInt(SummaryCounters::relationshipsDeleted).sum(),
                        System.currentTimeMillis() - started, files.quality().summary());
                log.info("Imported {}", report);
                events.publishEvent(new GraphChangedEvent());
                return report;
            }
        } finally {
            running.unlock();
        }
    }

    /** @return true when the database holds no entity yet */
    public boolean graphIsEmpty() {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> !tx.run(cypher.get("import/contents.cypher")).single()
                    .get("hasEntities").asBoolean());
        }
    }

    private List<SummaryCounters> load(TransactionContext tx, ValidatedImport files) {
        checkServerSeesTheFiles(tx, files);
        List<SummaryCounters> counters = new ArrayList<>();
        counters.add(tx.run(cypher.get("import/sources.cypher")).consume().counters());
        counters.add(tx.run(cypher.get("import/source-documents.cypher")).consume().counters());
        for (NodeKind kind : files.nodeFiles()) {
            counters.add(tx.run(cypher.get("import/nodes.cypher"),
                    Map.of("file", kind.file(), "labels", kind.labels())).consume().counters());
        }
        boolean fresh = !tx.run(cypher.get("import/contents.cypher")).single().get("hasFacts").asBoolean();
        counters.add(tx.run(cypher.get("import/relationships.cypher"), Map.of("fresh", fresh)).consume().counters());
        if (!fresh) {
            counters.add(tx.run(cypher.get("import/prune-facts.cypher"), Map.of("factIds", List.copyOf(files.factIds())))
                    .consume().counters());
        }
        if (!fresh) {
            counters.add(tx.run(cypher.get("import/prune-involves.cypher")).consume().counters());
        }
        counters.add(tx.run(cypher.get("import/involves.cypher"), Values.parameters("facts", null)).consume().counters());
        counters.add(tx.run(cypher.get("import/prune.cypher"), Map.of(
                "entityIds", List.copyOf(files.entityIds()),
                "sourceIds", List.copyOf(files.sourceIds()))).consume().counters());
        counters.add(tx.run(cypher.get("sources/fact-counts.cypher")).consume().counters());
        return counters;
    }

    /** The server reads the files from its own import directory; with an external server that may differ. */
    private void checkServerSeesTheFiles(TransactionContext tx, ValidatedImport files) {
        String file = ImportSchema.RELATIONSHIPS.name();
        long rows;
        try {
            Result result = tx.run(cypher.get("import/count-rows.cypher"), Map.of("file", file));
            rows = result.single().get("rows").asLong();
        } catch (ClientException e) {
            throw new ImportRejectedException(List.of(new Problem(file, 0, null,
                    "the Neo4j server cannot read it from its import directory (" + e.getMessage()
                            + "); mount " + properties.directory().toAbsolutePath() + " as the server's import directory")));
        }
        if (rows != files.factIds().size()) {
            throw new ImportRejectedException(List.of(new Problem(file, 0, null,
                    "the Neo4j server reads " + rows + " rows from its import directory, but "
                            + files.directory().toAbsolutePath() + " holds " + files.factIds().size()
                            + "; both must hold the same files")));
        }
    }
}
