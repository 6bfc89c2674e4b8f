package io.lodestone.importing;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.lodestone.embedded.EmbeddedNeo4j;
import io.lodestone.embedded.EmbeddedNeo4jProperties;
import io.lodestone.graph.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Loads the import files into the embedded database's data directory with Neo4j's bulk importer,
 * while the service is stopped, then starts the database once (on free ports) to apply the schema
 * and complete the graph. Runs without Spring:
 * {@code java -cp target/lodestone-*.jar -Dloader.main=io.lodestone.importing.BulkImportCommand
 * org.springframework.boot.loader.launch.PropertiesLauncher --import-dir target/world-m}
 */
@Command(name = "bulk-import", mixinStandardHelpOptions = true,
        description = "Replaces the embedded database's graph with the import files, using Neo4j's bulk importer."
                + " The service must be stopped.")
public final class BulkImportCommand implements Callable<Integer> {

    @Option(names = "--import-dir", defaultValue = "import", description = "the import files; default ${DEFAULT-VALUE}")
    Path importDirectory;

    @Option(names = "--data-dir", defaultValue = "data",
            description = "the embedded database (lodestone.embedded.data-dir); default ${DEFAULT-VALUE}")
    Path dataDirectory;

    @Option(names = "--max-off-heap-memory", defaultValue = "2G",
            description = "memory for the bulk importer, e.g. 2G or 50%%; default ${DEFAULT-VALUE}")
    String maxOffHeapMemory;

    @Option(names = "--max-file-size", defaultValue = "1GB",
            description = "largest import file accepted; default ${DEFAULT-VALUE}")
    DataSize maxFileSize;

    @Option(names = "--page-cache", defaultValue = "512MB",
            description = "page cache while the schema is applied; default ${DEFAULT-VALUE}")
    DataSize pageCache;

    @Option(names = "--transaction-memory", defaultValue = "2GB",
            description = "memory the completion's transactions may use: the sources' fact counts are one"
                    + " transaction over every fact (10M facts exceed the service's default 256MB); default ${DEFAULT-VALUE}")
    DataSize transactionMemory;

    public static void main(String[] args) {
        CommandLine command = new CommandLine(new BulkImportCommand());
        command.registerConverter(DataSize.class, DataSize::parse);
        System.exit(command.execute(args));
    }

    @Override
    public Integer call() {
        ImportReport report;
        try {
            report = new BulkImporter(importDirectory, dataDirectory, maxOffHeapMemory, maxFileSize, System.out).importGraph();
        } catch (ImportRejectedException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        long started = System.currentTimeMillis();
        complete(dataDirectory, importDirectory, pageCache, transactionMemory);
        System.out.printf(Locale.ROOT, "Bulk-imported %d entities, %d sources and %d facts in %d ms;"
                        + " schema and completion in %d ms%n", report.entities(), report.sources(), report.facts(),
                report.millis(), System.currentTimeMillis() - started);
        return 0;
    }

    /**
     * Run from the fat jar, Neo4j's web server fails to release Neo4j Browser's files from the nested
     * jar at shutdown; it does so after the databases have been checkpointed and stopped, so the
     * store is complete and the failure is reported, not fatal.
     */
    private static void stop(EmbeddedNeo4j neo4j) {
        try {
            neo4j.stop();
        } catch (RuntimeException e) {
            System.err.println("Warning: the database stopped with an error: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
        }
    }

    /** Starts the database on the new store on free ports, applies the schema and completes the graph. */
    static void complete(Path dataDirectory, Path importDirectory, DataSize pageCache, DataSize transactionMemory) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(dataDirectory, "127.0.0.1", 0, 0,
                pageCache, transactionMemory, null, Map.of()), importDirectory);
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            BulkImporter.complete(driver, new CypherFiles());
        } finally {
            stop(neo4j);
        }
    }
}
