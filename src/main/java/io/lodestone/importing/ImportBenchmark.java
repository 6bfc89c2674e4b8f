package io.lodestone.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import io.lodestone.embedded.EmbeddedNeo4j;
import io.lodestone.embedded.EmbeddedNeo4jProperties;
import io.lodestone.graph.CypherFiles;
import io.lodestone.graph.GraphSchema;
import io.lodestone.synthetic.GenerateWorldCommand;
import io.lodestone.synthetic.WorldGenerator;
import io.lodestone.synthetic.WorldSummary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Import benchmark (bench/, not part of the tests): rows per second of Lodestone's importer, of
 * plain {@code LOAD CSV ... CALL {} IN TRANSACTIONS} over the same files, and of the bulk path, on
 * generated worlds, all in one run; writes bench/RESULTS.md. Each method starts from an empty
 * database with the schema in place.
 */
@Command(name = "import-benchmark", mixinStandardHelpOptions = true,
        description = "Measures the import paths on generated worlds and writes a Markdown report.")
public final class ImportBenchmark implements Callable<Integer> {

    @Option(names = "--sizes", defaultValue = "S,M", split = ",", description = "world sizes; default ${DEFAULT-VALUE}")
    List<String> sizes;

    @Option(names = "--methods", defaultValue = "online,load-csv,bulk", split = ",",
            description = "which of online, load-csv, bulk to measure; default ${DEFAULT-VALUE}")
    List<String> methods;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--work", defaultValue = "target/bench", description = "worlds and databases; default ${DEFAULT-VALUE}")
    Path work;

    @Option(names = "--results", defaultValue = "bench/RESULTS.md")
    Path results;

    @Option(names = "--timeout", defaultValue = "PT10M",
            description = "limit of one import (ISO-8601 duration); default ${DEFAULT-VALUE}")
    Duration timeout;

    @Option(names = "--transaction-memory", defaultValue = "256MB",
            description = "db.memory.transaction.total.max, as lodestone.embedded.transaction-memory; default ${DEFAULT-VALUE}")
    String transactionMemory;

    private final List<Result> measured = new ArrayList<>();

    private record Result(String size, String method, long rows, long millis, String error) {
    }

    public static void main(String[] args) {
        CommandLine command = new CommandLine(new ImportBenchmark());
        command.registerConverter(Duration.class, Duration::parse);
        System.exit(command.execute(args));
    }

    @Override
    public Integer call() throws IOException {
        String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT);
        for (String size : sizes) {
            Path world = work.resolve("world-" + size);
            FileSystemUtils.deleteRecursively(world);
            long t = System.nanoTime();
            WorldSummary summary = new WorldGenerator(seed, GenerateWorldCommand.relationships(size))
                    .write(world, Path.of("import/relationship-types.csv"));
            long rows = summary.entities() + summary.sources() + summary.relationships();
            record(size, "generate the world (CSV files)", rows, t, null);
            if (methods.contains("online")) {
                online(size, world, rows);
            }
            if (methods.contains("load-csv")) {
                loadCsvInTransactions(size, world, rows, summary.relationships());
            }
            if (methods.contains("bulk")) {
                bulk(size, world, rows);
            }
            writeResults(started);
        }
        return 0;
    }

    private void online(String size, Path world, long rows) {
        long[] t = new long[1];
        String error = withDatabase(work.resolve("online-" + size), world, driver -> {
            GraphImporter importer = new GraphImporter(driver, new CypherFiles(),
                    new ImportProperties(world, ImportProperties.OnStartup.NEVER, timeout), BulkImporter.DATABASE, event -> { });
            t[0] = System.nanoTime();
            importer.importGraph();
            return null;
        });
        record(size, "Lodestone importer (one transaction)", rows, t[0], error);
    }

    private void loadCsvInTransactions(String size, Path world, long rows, long facts) {
        CypherFiles cypher = new CypherFiles();
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
        long[] t = new long[1];
        String error = withDatabase(work.resolve("load-csv-" + size), world, driver -> {
            t[0] = System.nanoTime();
            try (Session session = driver.session(SessionConfig.forDatabase(BulkImporter.DATABASE))) {
                session.run(cypher.get("bench/load-sources-in-transactions.cypher"), config).consume();
                for (NodeKind kind : NodeKind.values()) {
                    if (Files.exists(world.resolve(kind.file()))) {
                        session.run(cypher.get("bench/load-nodes-in-transactions.cypher"),
                                Map.of("file", kind.file(), "labels", kind.labels()), config).consume();
                    }
                }
                session.run(cypher.get("bench/load-relationships-in-transactions.cypher"), config).consume();
                long loaded = session.run(cypher.get("import/graph-size.cypher")).single().get("facts").asLong();
                return loaded == facts ? null : "loaded " + loaded + " of " + facts + " facts";
            }
        });
        record(size, "LOAD CSV ... CALL {} IN TRANSACTIONS OF 10000 ROWS", rows, t[0], error);
    }

    private void bulk(String size, Path world, long rows) {
        Path home = work.resolve("bulk-" + size);
        long t = System.nanoTime();
        String error = null;
        try {
            FileSystemUtils.deleteRecursively(home);
            new BulkImporter(world, home, "2G", new PrintStream(OutputStream.nullOutputStream())).importGraph();
        } catch (IOException | RuntimeException e) {
            error = message(e);
        }
        record(size, "bulk path: neo4j-admin import (incl. validation and conversion)", rows, t, error);
        if (error != null) {
            return;
        }
        long started = System.nanoTime();
        error = withDatabase(home, world, driver -> {
            BulkImporter.complete(driver, new CypherFiles());
            return null;
        }, false);
        measured.add(new Result(size, "bulk path, complete: + start, schema, empty lists", rows,
                (System.nanoTime() - t) / 1_000_000, error));
        System.out.printf(Locale.ROOT, "%s: bulk completion alone %d ms%n", size, (System.nanoTime() - started) / 1_000_000);
    }

    private String withDatabase(Path home, Path world, Function<Driver, String> work) {
        return withDatabase(home, world, work, true);
    }

    /** @return an error message, or null */
    private String withDatabase(Path home, Path world, Function<Driver, String> work, boolean fresh) {
        EmbeddedNeo4j neo4j = null;
        try {
            if (fresh) {
                FileSystemUtils.deleteRecursively(home);
            }
            neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(home, "127.0.0.1", 0, 0,
                    DataSize.ofMegabytes(512), DataSize.parse(transactionMemory), null, Map.of()), world);
            try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
                if (fresh) {
                    new GraphSchema(driver, BulkImporter.DATABASE).afterPropertiesSet();
                }
                return work.apply(driver);
            }
        } catch (IOException | RuntimeException e) {
            return message(e);
        } finally {
            if (neo4j != null) {
                try {
                    neo4j.stop();
                } catch (RuntimeException e) {
                    System.err.println("Stopping the database: " + message(e));
                }
            }
        }
    }

    private void record(String size, String method, long rows, long startedNanos, String error) {
        Result result = new Result(size, method, rows, (System.nanoTime() - startedNanos) / 1_000_000, error);
        measured.add(result);
        System.out.println(result);
    }

    private static String message(Throwable e) {
        StringBuilder message = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" / caused by ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return message.toString().replace('\n', ' ').replace("|", "\\|");
    }

    private void writeResults(String started) throws IOException {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        StringBuilder text = new StringBuilder();
        text.append("# Import benchmark\n\n")
                .append("Measured ").append(started).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(memory / (1L << 30)).append(" GiB RAM, Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1L << 20)).append(" MiB; Neo4j 5.26 embedded, page cache 512 MB, ")
                .append("transaction memory ").append(transactionMemory).append(", timeout ").append(timeout)
                .append(", seed ").append(seed).append(".\n\n")
                .append("Rows are all data rows of the import files (entities + sources + facts). Each import starts from an")
                .append(" empty database with the schema (constraints) in place; times are wall-clock.\n\n")
                .append("Reproduce (from the repository root):\n\n```sh\n./mvnw -B -q package -DskipTests\n")
                .append("java -Xmx4g -cp target/lodestone-0.1.0-SNAPSHOT.jar -Dloader.main=io.lodestone.importing.ImportBenchmark")
                .append(" org.springframework.boot.loader.launch.PropertiesLauncher --sizes ").append(String.join(",", sizes))
                .append(" --methods ").append(String.join(",", methods)).append(" --seed ").append(seed).append(" --timeout ").append(timeout)
                .append(" --transaction-memory ").append(transactionMemory).append("\n```\n\n")
                .append("| size | method | rows | seconds | rows/s | outcome |\n| --- | --- | ---: | ---: | ---: | --- |\n");
        for (Result r : measured) {
            text.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %s | %s |%n", r.size(), r.method(), r.rows(),
                    r.millis() / 1000.0, r.error() == null ? String.format(Locale.ROOT, "%.0f", r.rows() * 1000.0 / Math.max(1, r.millis())) : "-",
                    r.error() == null ? "ok" : "failed: " + r.error()));
        }
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, text.toString());
    }
}
