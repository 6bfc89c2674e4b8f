package io.lodestone.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.lodestone.ApiClient;
import io.lodestone.ImportFilesCopy;
import io.lodestone.candidates.TestReport;
import io.lodestone.documents.DocumentIngested;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Candidate facts from a document written for the test, reviewed over HTTP against a real
 * embedded Neo4j and a copy of the import files (accepts write to them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lodestone.embedded.bolt-port=0",
        "lodestone.embedded.http-port=0",
        "lodestone.embedded.data-dir=target/review-test/graph",
        "lodestone.security.admin-token=" + ReviewTest.ADMIN,
        "lodestone.security.editor-tokens=alice:" + ReviewTest.ALICE + ",bob:" + ReviewTest.BOB,
})
// a database no other class uses: stopped when the class ends, not kept in the context cache
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewTest {

    static final String ADMIN = "review-admin-7d1e";
    static final String ALICE = "alice-token-51b2";
    static final String BOB = "bob-token-9c44";
    static final Path ROOT = Path.of("target/review-test");

    static final String DOCUMENT = TestReport.DOCUMENT;
    static final String TEXT = TestReport.TEXT;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Driver driver;

    ApiClient api;

    @DynamicPropertySource
    static void files(DynamicPropertyRegistry registry) throws IOException {
        ImportFilesCopy.asServiceFiles(ROOT, registry);
    }

    @BeforeAll
    void ingest() {
        api = new ApiClient(port);
        try (Session session = driver.session()) {
            session.run("MERGE (d:Document {id: $id}) SET d.title = 'Vietnam ships tungsten to Japan', d.publisher = 'Lodestone test wire',"
                    + " d.date = '2026-01-20', d.text = $text", Map.of("id", DOCUMENT, "text", TEXT)).consume();
        }
        events.publishEvent(document());
    }

    static DocumentIngested document() {
        return TestReport.ingested();
    }

    private JsonNode candidates() {
        ApiClient.Response response = api.get("/api/candidates", "document", DOCUMENT, "limit", "200");
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("candidates");
    }

    private JsonNode candidate(String startId, String endId) {
        for (JsonNode c : candidates()) {
            String s = c.get("start").get("id").asString(null);
            String e = c.get("end").get("id").asString(null);
            if (startId.equals(s) && endId.equals(e) || startId.equals(e) && endId.equals(s)) {
                return c;
            }
        }
        throw new AssertionError("no candidate between " + startId + " and " + endId + " in " + candidates());
    }

    private JsonNode newNameCandidate() {
        for (JsonNode c : candidates()) {
            if (c.get("start").get("id").isNull() || c.get("end").get("id").isNull()) {
                return c;
            }
        }
        throw new AssertionError("no candidate with a new name in " + candidates());
    }

    private ApiClient.Response post(String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request.build());
    }

    private Map<String, Object> factProperties(String factId) {
        return GraphFacts.of(driver, factId);
    }

    @Test
    @Order(1)
    void proposesTypedDatedCandidatesWithTheirEvidence() {
        JsonNode exports = candidate("country:VN", "country:JP");
        assertThat(exports.get("evidence").asString()).contains("exported 3,400 tonnes of tungsten to Japan");
        assertThat(TEXT.substring(exports.get("evidenceStart").asInt(), exports.get("evidenceEnd").asInt()))
                .isEqualTo(exports.get("evidence").asString());
        assertThat(exports.get("date").asString()).isEqualTo("2025");
        assertThat(exports.get("amount").asDouble()).isEqualTo(3400.0);
        assertThat(exports.get("unit").asString()).isEqualTo("t");

        JsonNode produces = candidate("country:VN", "mineral:tungsten");
        assertThat(produces.get("type").asString()).isIn("PRODUCES", "EXPORTS");
        assertThat(produces.get("start").get("id").asString()).isEqualTo("country:VN");
        assertThat(produces.get("why").asString()).isNotBlank();

        JsonNode operates = candidate("firm:masan-high-tech-materials", "facility:nui-phao-mine");
        assertThat(operates.get("type").asString()).isIn("OPERATES", "OWNS");
        assertThat(operates.get("start").get("id").asString()).isEqualTo("firm:masan-high-tech-materials");

        JsonNode restricts = candidate("country:CN", "mineral:gallium");
        assertThat(restricts.get("type").asString()).isEqualTo("RESTRICTS_EXPORT_OF");
        assertThat(restricts.get("start").get("id").asString()).isEqualTo("country:CN");

        JsonNode acme = newNameCandidate();
        assertThat(acme.get("date").asString()).isEqualTo("2026-01-12");
        assertThat(acme.toString()).contains("Acme Lithium");

        // Proposing again from the same document changes nothing.
        JsonNode before = candidates();
        events.publishEvent(document());
        assertThat(candidates()).isEqualTo(before);
    }

    @Test
    void writesNeedAnEditorToken() {
        String id = candidate("country:CN", "country:US").get("id").asString();
        assertThat(post("/api/candidates/" + id + "/accept", null, "{}").status()).isEqualTo(401);
        assertThat(post("/api/candidates/" + id + "/reject", "wrong-token", "{}").status()).isEqualTo(401);
        assertThat(post("/api/candidates/" + id + "/accept", null, "{}").contentType()).contains("application/problem+json");
    }

    @Test
    void acceptedFactIsInTheFilesTheGraphAndSurvivesAReimport() throws IOException {
        JsonNode candidate = candidate("country:VN", "mineral:tungsten");
        String id = candidate.get("id").asString();
        ApiClient.Response accepted = post("/api/candidates/" + id + "/accept", ALICE,
                "{\"type\": \"PRODUCES\", \"confidence\": \"high\"}");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");
        assertThat(accepted.json().get("decidedBy").asString()).isEqualTo("alice");
        String factId = accepted.json().get("fact").asString();
        assertThat(GraphFacts.sourcesMiscounted(driver)).as("fact counts after an accept").isEmpty();

        String facts = Files.readString(ROOT.resolve("import/relationships.csv"), StandardCharsets.UTF_8);
        assertThat(facts).contains(factId + ",country:VN,PRODUCES,mineral:tungsten");
        String sourceId = "source:" + DOCUMENT.replace(':', '-');
        assertThat(Files.readString(ROOT.resolve("import/sources.csv"))).contains(sourceId + ",Vietnam ships tungsten to Japan");
        assertThat(Files.readString(ROOT.resolve("documents/decisions.jsonl"))).contains(id);
        assertThat(Files.readString(ROOT.resolve("documents/audit.jsonl"))).contains("\"accept\"").contains(id);

        ApiClient.Response entity = api.get("/api/entities/country:VN");
        JsonNode link = null;
        for (JsonNode l : entity.json().get("relationships")) {
            if (factId.equals(l.get("id").asString())) {
                link = l;
            }
        }
        assertThat(link).as("the accepted fact in /api/entities/country:VN").isNotNull();
        assertThat(link.get("sources").toString()).contains(sourceId);
        assertThat(link.get("sources").get(0).get("document").asString()).as("the source links to its document").isEqualTo(DOCUMENT);
        assertThat(link.get("properties").get("evidence").asString()).isEqualTo(candidate.get("evidence").asString());

        ApiClient.Response paths = api.get("/api/paths", "from", "country:VN", "to", "mineral:tungsten");
        assertThat(paths.status()).isEqualTo(200);
        assertThat(paths.text()).contains(factId);

        Map<String, Object> written = factProperties(factId);
        ApiClient.Response reimport = post("/api/admin/import", ADMIN, null);
        assertThat(reimport.status()).as(reimport.text()).isEqualTo(200);
        assertThat(factProperties(factId)).isEqualTo(written);

        ApiClient.Response again = post("/api/candidates/" + id + "/accept", BOB, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("alice");
        assertThat(post("/api/candidates/" + id + "/reject", BOB, "{}").status()).isEqualTo(409);
    }

    @Test
    void rejectLeavesNoTraceInTheGraph() throws IOException {
        String facts = Files.readString(ROOT.resolve("import/relationships.csv"));
        JsonNode candidate = candidate("country:VN", "country:JP");
        String id = candidate.get("id").asString();
        ApiClient.Response rejected = post("/api/candidates/" + id + "/reject", BOB, "{\"reason\": \"not a trade fact\"}");
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
        assertThat(rejected.json().get("reason").asString()).isEqualTo("not a trade fact");
        assertThat(factProperties("fact:doc-" + id.substring("candidate:".length()))).isNull();
        assertThat(Files.readString(ROOT.resolve("import/relationships.csv"))).isEqualTo(facts);
        assertThat(post("/api/candidates/" + id + "/accept", ALICE, "{}").status()).isEqualTo(409);
        assertThat(api.get("/api/candidates", "document", DOCUMENT, "status", "rejected").json().get("total").asLong())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void twoEditorsAcceptingAtOnceExactlyOneWins() throws Exception {
        String id = candidate("firm:masan-high-tech-materials", "facility:nui-phao-mine").get("id").asString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> accepts = List.of(
                    () -> post("/api/candidates/" + id + "/accept", ALICE, "{\"type\": \"OPERATES\"}").status(),
                    () -> post("/api/candidates/" + id + "/accept", BOB, "{\"type\": \"OPERATES\"}").status(),
                    () -> post("/api/candidates/" + id + "/accept", ADMIN, "{\"type\": \"OPERATES\"}").status(),
                    () -> post("/api/candidates/" + id + "/reject", BOB, "{\"reason\": \"late\"}").status());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(accepts)) {
                statuses.add(status.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        } finally {
            pool.shutdown();
        }
        String factId = "fact:doc-" + id.substring("candidate:".length());
        assertThat(Files.readString(ROOT.resolve("import/relationships.csv")).split(factId + ",", -1)).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void malformedCorrectionsAndUnknownIds() {
        String id = candidate("country:CN", "mineral:gallium").get("id").asString();
        ApiClient.Response unknownType = post("/api/candidates/" + id + "/accept", ALICE, "{\"type\": \"LOVES\"}");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.contentType()).contains("application/problem+json");
        assertThat(unknownType.json().get("detail").asString()).contains("LOVES");
        assertThat(post("/api/candidates/" + id + "/accept", ALICE, "{\"type\": \"MEMBER_OF\"}").status()).isEqualTo(400);
        assertThat(post("/api/candidates/" + id + "/accept", ALICE, "{\"date\": \"last year\"}").status()).isEqualTo(400);
        assertThat(post("/api/candidates/" + id + "/accept", ALICE, "{\"share\": 3}").status()).isEqualTo(400);
        assertThat(post("/api/candidates/" + id + "/accept", ALICE, "{\"colour\": \"red\"}").status()).isEqualTo(400);
        assertThat(post("/api/candidates/" + id + "/accept", ALICE, "{\"type\": ").status()).isEqualTo(400);
        assertThat(post("/api/candidates/" + id + "/accept", ALICE, "{\"start\": {\"id\": \"country:XX\"}}").status()).isEqualTo(404);
        assertThat(post("/api/candidates/candidate:ffffffffffffffff/accept", ALICE, "{}").status()).isEqualTo(404);
        // Nothing of the above decided it.
        assertThat(api.get("/api/candidates/" + id).json().get("status").asString()).isEqualTo("proposed");
    }

    @Test
    void aNewNameIsMappedOrCreatedOnAccept() throws IOException {
        JsonNode candidate = newNameCandidate();
        String id = candidate.get("id").asString();
        boolean newIsStart = candidate.get("start").get("id").isNull();
        String side = newIsStart ? "start" : "end";
        ApiClient.Response unmapped = post("/api/candidates/" + id + "/accept", ALICE, "{\"type\": \"CONTRACTS_WITH\"}");
        assertThat(unmapped.status()).isEqualTo(400);
        assertThat(unmapped.json().get("detail").asString()).contains("Acme Lithium");

        ApiClient.Response created = post("/api/candidates/" + id + "/accept", ALICE, "{\"type\": \"PARTNER_OF\", \"" + side
                + "\": {\"id\": \"firm:acme-lithium\", \"name\": \"Acme Lithium\", \"create\": true}}");
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(Files.readString(ROOT.resolve("import/firms.csv"))).contains("firm:acme-lithium,Acme Lithium");
        ApiClient.Response entity = api.get("/api/entities/firm:acme-lithium");
        assertThat(entity.status()).isEqualTo(200);
        assertThat(entity.text()).contains(created.json().get("fact").asString());
        assertThat(post("/api/admin/import", ADMIN, null).status()).isEqualTo(200);
        assertThat(api.get("/api/entities/firm:acme-lithium").text()).contains(created.json().get("fact").asString());
    }
}
