package io.lodestone.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.lodestone.ApiClient;
import io.lodestone.ImportFilesCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Merging entities over HTTP against a real embedded Neo4j and a copy of the import files, with a
 * duplicate firm and a duplicate technology added for the test: files, graph, re-import, audit and
 * the refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lodestone.embedded.bolt-port=0",
        "lodestone.embedded.http-port=0",
        "lodestone.embedded.data-dir=target/merge-test/graph",
        "lodestone.security.admin-token=" + MergeTest.ADMIN,
        "lodestone.security.editor-tokens=alice:" + MergeTest.ALICE,
})
// a database no other class uses: stopped when the class ends, not kept in the context cache
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MergeTest {

    static final String ADMIN = "merge-admin-3f0a";
    static final String ALICE = "alice-token-77c1";
    static final Path ROOT = Path.of("target/merge-test");
    static final Path IMPORT = ROOT.resolve("import");

    static final String DUPLICATE = "firm:nokia-oyj";
    static final String MOVED = "fact:test-nokia-oyj-supplies-viettel";
    static final String BETWEEN = "fact:test-nokia-oyj-partner-of-nokia";
    static final String ABOUT = "fact:test-ericsson-supplies-vnpt";
    static final String REPORT = "Nokia Oyj will supply Viettel with radio equipment for its 5G network, the company said in Hanoi.";

    @LocalServerPort
    int port;
    @Autowired
    Driver driver;

    ApiClient api;
    String document;

    @DynamicPropertySource
    static void files(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(ROOT);
        Files.createDirectories(IMPORT);
        ImportFilesCopy.into(IMPORT);
        append("firms.csv", "firm:nokia-oyj,Nokia Oyj,Nokia Networks;NSN,,source:telecoms-nokia-viettel-5g-2024,telecommunications equipment");
        append("technologies.csv", "technology:fifth-generation,fifth generation,5G mobile,Duplicate of 5G for the test.,"
                + "source:telecoms-nokia-viettel-5g-2024");
        append("relationships.csv",
                MOVED + ",firm:nokia-oyj,SUPPLIES,firm:viettel,2024,,,,,,,,,technology:fifth-generation,5G radio equipment,,,,"
                        + "source:telecoms-nokia-viettel-5g-2024,Nokia Oyj supplies Viettel with 5G radio equipment.,high,,",
                BETWEEN + ",firm:nokia-oyj,PARTNER_OF,firm:nokia,,,,,,,,,,,,,,,"
                        + "source:telecoms-nokia-viettel-5g-2024,Nokia Oyj is a partner of Nokia.,low,,",
                ABOUT + ",firm:ericsson,SUPPLIES,firm:vnpt,,,,,,,,,,technology:fifth-generation,,,,,"
                        + "source:telecoms-ericsson-viettel-5g-2024,Ericsson supplies VNPT with fifth generation equipment.,medium,,");
        registry.add("lodestone.import.directory", IMPORT::toString);
        registry.add("lodestone.documents.directory", () -> ROOT.resolve("documents").toString());
    }

    private static void append(String file, String... lines) throws IOException {
        Files.writeString(IMPORT.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @BeforeAll
    void ingest() {
        api = new ApiClient(port);
        ApiClient.Response ingested = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/documents?title=Nokia+Oyj+and+Viettel"))
                .header("Authorization", "Bearer " + ALICE).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(REPORT)).build());
        assertThat(ingested.status()).as(ingested.text()).isEqualTo(201);
        document = ingested.json().get("id").asString();
    }

    private ApiClient.Response merge(String id, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + "/api/entities/" + id + "/merge"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request.build());
    }

    private Map<String, Object> fact(String factId) {
        return GraphFacts.of(driver, factId);
    }

    private List<Object> query(String cypher, String id) {
        try (Session session = driver.session()) {
            return session.run(cypher, Map.of("id", id)).list(r -> r.get(0).asObject());
        }
    }

    private Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var list = Files.list(IMPORT)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    @Order(1)
    void refusesWhatCannotBeMergedAndChangesNothing() throws IOException {
        Map<String, String> files = files();
        Map<String, Object> moved = fact(MOVED);
        String into = "{\"into\": \"firm:nokia\"}";

        assertThat(merge(DUPLICATE, null, into).status()).isEqualTo(401);
        assertThat(merge(DUPLICATE, "wrong-token", into).status()).isEqualTo(401);
        ApiClient.Response itself = merge(DUPLICATE, ALICE, "{\"into\": \"firm:nokia-oyj\"}");
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.contentType()).contains("application/problem+json");
        ApiClient.Response kinds = merge(DUPLICATE, ALICE, "{\"into\": \"country:FI\"}");
        assertThat(kinds.status()).isEqualTo(400);
        assertThat(kinds.json().get("detail").asString()).contains("firm", "country");
        assertThat(merge(DUPLICATE, ALICE, "{}").status()).isEqualTo(400);
        assertThat(merge(DUPLICATE, ALICE, null).status()).isEqualTo(400);
        assertThat(merge(DUPLICATE, ALICE, "{\"into\": \"firm:nokia\", \"colour\": 1}").status()).isEqualTo(400);
        assertThat(merge(DUPLICATE, ALICE, "{\"into\": \"not an id\"}").status()).isEqualTo(400);
        assertThat(merge("firm:no-such-firm", ALICE, into).status()).isEqualTo(404);
        assertThat(merge(DUPLICATE, ALICE, "{\"into\": \"firm:no-such-firm\"}").status()).isEqualTo(404);

        ApiClient.Response between = merge(DUPLICATE, ALICE, into);
        assertThat(between.status()).isEqualTo(409);
        assertThat(between.json().get("detail").asString()).contains(BETWEEN).contains("dropFactsBetween");

        assertThat(files()).isEqualTo(files);
        assertThat(fact(MOVED)).isEqualTo(moved);
        assertThat(api.get("/api/entities/" + DUPLICATE).status()).isEqualTo(200);
        assertThat(Files.exists(ROOT.resolve("documents/merges.jsonl"))).isFalse();
    }

    @Test
    @Order(2)
    void mergeMovesFactsKeepsAliasesAndSurvivesAReimport() throws IOException {
        Map<String, Object> before = fact(MOVED);
        assertThat(GraphFacts.sourcesMiscounted(driver)).as("fact counts after the import").isEmpty();
        assertThat(query("MATCH (:Document {id: $id})-[:MENTIONS]->(e:Entity {id: 'firm:nokia-oyj'}) RETURN e.id", document))
                .as("the test report mentions the duplicate").isNotEmpty();
        List<Object> candidates = query("MATCH (c:Candidate {document: $id}) WHERE 'firm:nokia-oyj' IN [c.startId, c.endId]"
                + " RETURN c.id", document);
        assertThat(candidates).isNotEmpty();

        ApiClient.Response merged = merge(DUPLICATE, ALICE, "{\"into\": \"firm:nokia\", \"dropFactsBetween\": true}");
        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(merged.json().get("into").asString()).isEqualTo("firm:nokia");
        assertThat(merged.json().get("aliases").toString()).contains("Nokia Oyj", "Nokia Networks", "NSN");
        assertThat(merged.json().get("moved").toString()).contains(MOVED).doesNotContain(BETWEEN);
        assertThat(merged.json().get("dropped").toString()).contains(BETWEEN);
        assertThat(GraphFacts.sourcesMiscounted(driver)).as("fact counts after a merge that drops a fact").isEmpty();

        // The files: the row gone, its names aliases of the survivor, the fact moved, the fact between dropped.
        String firms = Files.readString(IMPORT.resolve("firms.csv"));
        assertThat(firms).doesNotContain("firm:nokia-oyj,");
        assertThat(firms).contains("firm:nokia,Nokia,Nokia Corporation;Nokia Oyj;Nokia Networks;NSN,");
        String facts = Files.readString(IMPORT.resolve("relationships.csv"));
        assertThat(facts).contains(MOVED + ",firm:nokia,SUPPLIES,firm:viettel,2024,")
                .doesNotContain(BETWEEN).doesNotContain("firm:nokia-oyj");
        assertThat(Files.readString(ROOT.resolve("documents/merges.jsonl"))).contains("\"from\":\"firm:nokia-oyj\"", BETWEEN);
        String audit = Files.readString(ROOT.resolve("documents/audit.jsonl"));
        assertThat(audit.lines().filter(l -> l.contains("\"action\":\"merge\""))).singleElement().asString()
                .contains("\"who\":\"alice\"", "\"target\":\"firm:nokia-oyj\"", "\"before\":{", BETWEEN);
        assertThat(files()).noneSatisfy((name, text) -> assertThat(name).endsWith(".tmp"));

        // The graph: the same fact (id, evidence, sources) at the survivor; mentions and candidates follow.
        Map<String, Object> after = fact(MOVED);
        assertThat(after.get("(start)")).isEqualTo("firm:nokia");
        after.put("(start)", before.get("(start)"));
        assertThat(after).isEqualTo(before);
        assertThat(fact(BETWEEN)).isNull();
        assertThat(api.get("/api/entities/" + DUPLICATE).status()).isEqualTo(404);
        ApiClient.Response nokia = api.get("/api/entities/firm:nokia");
        assertThat(nokia.text()).contains(MOVED, "Nokia Oyj");
        assertThat(query("MATCH (:Document {id: $id})-[m:MENTIONS]->(e:Entity) WHERE m.text = 'Nokia Oyj' RETURN e.id", document))
                .containsOnly("firm:nokia");
        for (Object candidate : candidates) {
            JsonNode view = api.get("/api/candidates/" + candidate).json();
            assertThat(view.toString()).doesNotContain("firm:nokia-oyj").contains("firm:nokia");
        }
        assertThat(query("MATCH (e:Entity {id: 'firm:nokia'})-[i:INVOLVES]->(r) WHERE i.fact = $id RETURN r.id", MOVED))
                .containsExactly("technology:fifth-generation");

        // A re-import from the files rebuilds the same graph.
        ApiClient.Response reimport = post("/api/admin/import", ADMIN);
        assertThat(reimport.status()).as(reimport.text()).isEqualTo(200);
        Map<String, Object> reimported = fact(MOVED);
        reimported.put("(start)", before.get("(start)"));
        assertThat(reimported).isEqualTo(before);
        assertThat(api.get("/api/entities/" + DUPLICATE).status()).isEqualTo(404);
        assertThat(query("MATCH (e:Entity {id: $id}) RETURN e.aliases", "firm:nokia").toString()).contains("Nokia Oyj", "NSN");

        // Repeated: the same answer; into another entity: refused.
        ApiClient.Response again = merge(DUPLICATE, ALICE, "{\"into\": \"firm:nokia\"}");
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json().get("moved")).isEqualTo(merged.json().get("moved"));
        assertThat(merge(DUPLICATE, ALICE, "{\"into\": \"firm:ericsson\"}").status()).isEqualTo(409);
        assertThat(Files.readString(ROOT.resolve("documents/merges.jsonl")).lines().count()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void mergingAResourceRepointsTheFactsAboutIt() throws IOException {
        ApiClient.Response merged = merge("technology:fifth-generation", ADMIN, "{\"into\": \"technology:5g\"}");
        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(merged.json().get("moved").toString()).contains(MOVED, ABOUT);
        String facts = Files.readString(IMPORT.resolve("relationships.csv"));
        assertThat(facts).doesNotContain("technology:fifth-generation");
        assertThat(fact(ABOUT)).containsEntry("resource", "technology:5g").containsEntry("(start)", "firm:ericsson");
        assertThat(query("MATCH (e:Entity)-[i:INVOLVES]->(r:Resource) WHERE i.fact = $id RETURN e.id + '>' + r.id", ABOUT))
                .containsExactlyInAnyOrder("firm:ericsson>technology:5g", "firm:vnpt>technology:5g");
        assertThat(query("MATCH (e:Entity {id: $id}) RETURN e.aliases", "technology:5g").toString()).contains("fifth generation", "5G mobile");
        assertThat(GraphFacts.sourcesMiscounted(driver)).as("fact counts after merging a resource").isEmpty();
        Map<String, Object> about = fact(ABOUT);
        assertThat(post("/api/admin/import", ADMIN).status()).isEqualTo(200);
        assertThat(fact(ABOUT)).isEqualTo(about);
    }

    @Test
    @Order(4)
    void sourcesLinkToTheDocumentsLodestoneHolds() throws IOException {
        // By url, when the document is ingested.
        String url = "https://www.mining.com/web/us-agency-slashes-its-estimate-of-vietnams-rare-earth-reserves-in-major-revision/";
        String reserves = "document:" + ingest("The US Geological Survey cut its estimate of Vietnam's rare earth reserves.",
                "&url=" + java.net.URLEncoder.encode(url, StandardCharsets.UTF_8));
        JsonNode source = api.get("/api/sources/source:reuters-vn-ree-reserves-revision-2025").json().get("source");
        assertThat(source.get("document").asString()).isEqualTo(reserves);
        assertThat(api.get("/api/documents/" + reserves).json().get("text").asString()).contains("rare earth reserves");

        // By the document column, when the files are imported; and facts show it with their sources.
        String memo = "document:" + ingest("Viettel and Nokia tested 5G radio equipment in Da Nang.", "");
        append("sources.csv", "source:test-memo,A test memo,Lodestone test wire,,2026-01-20,,,news," + memo);
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (s:Source {id: 'source:test-memo'}) RETURN s").list()).isEmpty();
        }
        assertThat(post("/api/admin/import", ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/api/sources/source:test-memo").json().get("source").get("document").asString()).isEqualTo(memo);
        assertThat(api.get("/api/sources/source:reuters-vn-ree-reserves-revision-2025").json().get("source").get("document")
                .asString()).as("the url link survives a re-import").isEqualTo(reserves);
        assertThat(api.get("/api/sources/source:commodities-2026-01-28").json().get("source").get("document").isNull())
                .as("a seed report Lodestone does not hold").isTrue();
    }

    /** Ingests a text; returns the document's key. */
    private String ingest(String text, String query) {
        ApiClient.Response ingested = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/documents?title=Test" + query))
                .header("Authorization", "Bearer " + ALICE).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
        assertThat(ingested.status()).as(ingested.text()).isEqualTo(201);
        return ingested.json().get("id").asString().substring("document:".length());
    }

    private ApiClient.Response post(String path, String token) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }
}
