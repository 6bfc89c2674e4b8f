package io.lodestone.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.lodestone.embedded.EmbeddedNeo4j;
import io.lodestone.embedded.EmbeddedNeo4jProperties;
import io.lodestone.graph.CypherFiles;
import io.lodestone.graph.GraphSchema;
import io.lodestone.synthetic.WorldGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/** The bulk path against the online import, on the same generated world of size S. */
class BulkImportTest {

    private static final Path BASE = Path.of("target/bulk-import-test");
    private static final Path WORLD = BASE.resolve("world");
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @BeforeAll
    static void generateWorld() throws IOException {
        FileSystemUtils.deleteRecursively(BASE);
        new WorldGenerator(7, 10_000).write(WORLD, Path.of("import/relationship-types.csv"));
    }

    @Test
    void theBulkPathReplacesAStoppedGraphWithTheSameGraphAsTheOnlineImport() {
        Path onlineHome = BASE.resolve("online");
        Graph online = withDatabase(onlineHome, driver -> {
            GraphSchema.migrate(driver, "neo4j");
            new GraphImporter(driver, new CypherFiles(),
                    new ImportProperties(WORLD, ImportProperties.OnStartup.NEVER, Duration.ofMinutes(5), DataSize.ofMegabytes(64)), "neo4j", event -> { })
                    .importGraph();
            return Graph.of(driver);
        });

        // A data directory in use, as the service leaves it: the bulk path must refuse to touch it ...
        Path bulkHome = BASE.resolve("bulk");
        BulkImporter bulkImporter = new BulkImporter(WORLD, bulkHome, "512M", DataSize.ofMegabytes(64), QUIET);
        withDatabase(bulkHome, driver -> {
            GraphSchema.migrate(driver, "neo4j");
            driver.executableQuery("CREATE (:Entity:Country {id: 'country:XX', name: 'Old'})").execute();

            assertThatThrownBy(bulkImporter::importGraph).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use");
            return assertThat(names(driver)).containsExactly("Old");
        });
        // ... and, once the service is stopped, replace its graph.
        ImportReport report = bulkImporter.importGraph();
        Graph bulk = withDatabase(bulkHome, driver -> {
            BulkImporter.complete(driver, new CypherFiles());
            return Graph.of(driver);
        });

        assertThat(report.facts()).isEqualTo(10_000);
        // Every fact, plus the INVOLVES edges both imports derive from facts with a resource (docs/model.md).
        assertThat(online.relationshipsPerType().entrySet().stream().filter(type -> !type.getKey().equals("INVOLVES"))
                .mapToLong(java.util.Map.Entry::getValue).sum()).isEqualTo(10_000);
        assertThat(online.relationshipsPerType()).containsKey("INVOLVES");
        assertThat(bulk.nodesPerLabel()).isEqualTo(online.nodesPerLabel());
        assertThat(bulk.relationshipsPerType()).isEqualTo(online.relationshipsPerType());
        assertThat(bulk.nodes()).isEqualTo(online.nodes());
        assertThat(bulk.relationships()).isEqualTo(online.relationships());
        assertThat(bulk.nodes()).noneMatch(node -> node.startsWith("country:XX "));
        assertThat(bulk.constraints()).contains("entity_id", "source_id");
    }

    @Test
    void brokenFilesAreRejectedBeforeTheStoreIsTouched() {
        Path home = BASE.resolve("broken");
        ImportFixture fixture = ImportFixture.copyTo(createDirectories(BASE.resolve("broken-files")));
        fixture.replaceLine("relationships.csv", 2, "fact:x,country:VN,PRODUCES");

        assertThatThrownBy(() -> new BulkImporter(fixture.directory(), home, "512M", DataSize.ofMegabytes(64), QUIET).importGraph())
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("relationships.csv:2: has 3 fields, the header has 23");
        assertThat(home.resolve("data")).doesNotExist();
    }

    private static List<String> names(Driver driver) {
        return driver.executableQuery("MATCH (n:Entity) RETURN n.name AS name").execute().records().stream()
                .map(r -> r.get("name").asString()).toList();
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T withDatabase(Path home, Function<Driver, T> work) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(home, "127.0.0.1", 0, 0,
                DataSize.ofMegabytes(64), DataSize.ofMegabytes(256), null, Map.of()), WORLD);
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
            return work.apply(driver);
        } finally {
            neo4j.stop();
        }
    }

    /** Everything the import writes, as sorted text: labels, types, ids and every property with its type. */
    private record Graph(Map<String, Long> nodesPerLabel, Map<String, Long> relationshipsPerType, List<String> nodes,
                         List<String> relationships, List<String> constraints) {

        static Graph of(Driver driver) {
            Map<String, Long> labels = new TreeMap<>();
            query(driver, "MATCH (n) WHERE n:Entity OR n:Source UNWIND labels(n) AS label RETURN label, count(*) AS n")
                    .forEach(r -> labels.put(r.get("label").asString(), r.get("n").asLong()));
            Map<String, Long> types = new TreeMap<>();
            query(driver, "MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN type(r) AS type, count(*) AS n")
                    .forEach(r -> types.put(r.get("type").asString(), r.get("n").asLong()));
            List<String> nodes = query(driver, """
                    MATCH (n) WHERE n:Entity OR n:Source
                    RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties""").stream()
                    .map(r -> r.get("id").asString() + " " + r.get("labels").asList(Value::asString).stream().sorted().toList()
                            + " " + typed(r.get("properties")))
                    .sorted().toList();
            List<String> relationships = query(driver, """
                    MATCH (a)-[r]->(b) WHERE r.id IS NOT NULL
                    RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS properties""").stream()
                    .map(r -> r.get("start").asString() + " " + r.get("type").asString() + " " + r.get("end").asString()
                            + " " + typed(r.get("properties")))
                    .sorted().toList();
            List<String> constraints = query(driver, "SHOW CONSTRAINTS YIELD name RETURN name").stream()
                    .map(r -> r.get("name").asString()).toList();
            return new Graph(labels, types, nodes, relationships, constraints);
        }

        private static String typed(Value properties) {
            Map<String, String> typed = new TreeMap<>();
            properties.asMap(value -> value.type().name() + ":" + value).forEach(typed::put);
            return typed.toString();
        }

        private static List<Record> query(Driver driver, String cypher) {
            return driver.executableQuery(cypher).execute().records();
        }
    }
}
