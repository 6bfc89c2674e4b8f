package io.lodestone.hubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lodestone.ApiClient;
import io.lodestone.ForkedService;
import io.lodestone.LodestoneTest;
import io.lodestone.synthetic.WorldGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The biggest entities of a generated world get bounded answers: what an answer holds does not
 * grow with the entity's degree unless the caller asks for more. (Times are measured by the
 * benchmarks, not here.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lodestone.embedded.bolt-port=0",
        "lodestone.embedded.http-port=0",
        "lodestone.embedded.data-dir=target/hub-bounds-test/graph",
        "lodestone.import.on-startup=always",
        // this test asserts what answers hold, not how fast they come (bench/ measures that)
        "lodestone.query.timeout=120s",
        // low enough that influence over a hub of this small world leaves resources out, as at scale
        "lodestone.analytics.production-facts-weighed=300",
        // low enough that the hubs' large groups are previewed with a sample, as at scale
        "lodestone.entities.ordered-preview-max=50",
        "lodestone.documents.directory=target/hub-bounds-test/documents"
})
// a database no other class uses: stopped when the class ends, not kept in the context cache
@DirtiesContext
@Execution(value = ExecutionMode.CONCURRENT, reason = "a generated world in a database of its own")
@ResourceLock(ForkedService.PROCESSES)
@ResourceLock(LodestoneTest.GDS_CATALOG)
class HubBoundsTest {

    private static final Path BASE = Path.of("target/hub-bounds-test");
    private static final int ONE_MB = 1 << 20;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    ApiClient api;

    @DynamicPropertySource
    static void world(DynamicPropertyRegistry registry) {
        FileSystemUtils.deleteRecursively(BASE.toFile());
        try {
            new WorldGenerator(5, 10_000).write(BASE.resolve("world"), Path.of("import/relationship-types.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("lodestone.import.directory", () -> BASE.resolve("world").toString());
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aHubShowsAtMostTheLimitAndCountsEveryRelationshipByTypeAndDirection() {
        for (String hub : hubs()) {
            ApiClient.Response response = api.get("/api/entities/" + hub);
            JsonNode entity = response.json();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text().length()).as(hub).isLessThan(ONE_MB);
            assertThat(entity.get("relationshipCount").asLong()).as(hub).isGreaterThan(200).isEqualTo(degree(hub));
            assertThat(entity.get("relationships").size()).isEqualTo(200);
            long counted = 0;
            int shown = 0;
            for (JsonNode group : entity.get("relationshipGroups")) {
                counted += group.get("count").asLong();
                shown += group.get("shown").asInt();
                assertThat(group.get("shown").asLong()).isLessThanOrEqualTo(group.get("count").asLong());
            }
            assertThat(counted).isEqualTo(entity.get("relationshipCount").asLong());
            assertThat(shown).isEqualTo(200);
            assertThat(api.get("/api/entities/" + hub, "limit", "10").json().get("relationships").size()).isEqualTo(10);
        }
    }

    @Test
    void theLargestGroupOfAHubPagesThroughEveryRelationshipOnce() {
        String hub = hubs().get(0);
        JsonNode largest = null;
        for (JsonNode group : api.get("/api/entities/" + hub).json().get("relationshipGroups")) {
            if (largest == null || group.get("count").asLong() > largest.get("count").asLong()) {
                largest = group;
            }
        }
        String type = largest.get("type").asString();
        String direction = largest.get("direction").asString();
        long total = largest.get("count").asLong();
        assertThat(total).isGreaterThan(50);

        Set<String> seen = new HashSet<>();
        int offset = 0;
        while (true) {
            JsonNode page = api.get("/api/entities/" + hub + "/relationships", "type", type, "direction", direction,
                    "offset", String.valueOf(offset), "limit", "25").json();
            assertThat(page.get("total").asLong()).isEqualTo(total);
            if (page.get("relationships").isEmpty()) {
                break;
            }
            for (JsonNode link : page.get("relationships")) {
                assertThat(link.get("type").asString()).isEqualTo(type);
                assertThat(link.get("direction").asString()).isEqualTo(direction);
                assertThat(link.get("sources").size()).isPositive();
                assertThat(seen.add(link.get("id").asString())).as("seen once: %s", link.get("id")).isTrue();
            }
            offset += 25;
        }
        assertThat(seen).hasSize((int) total);
    }

    @Test
    void anEntityPagePreviewsALargeGroupWithASampleOfItAndASmallOneWithItsFirstPage() {
        for (String hub : hubs()) {
            JsonNode entity = api.get("/api/entities/" + hub).json();
            int samples = 0;
            for (JsonNode group : entity.get("relationshipGroups")) {
                String type = group.get("type").asString();
                String direction = group.get("direction").asString();
                List<String> shown = new ArrayList<>();
                for (JsonNode link : entity.get("relationships")) {
                    if (link.get("type").asString().equals(type) && link.get("direction").asString().equals(direction)) {
                        shown.add(link.get("id").asString());
                        String start = direction.equals("outgoing") ? hub : link.get("other").get("id").asString();
                        String end = direction.equals("outgoing") ? link.get("other").get("id").asString() : hub;
                        assertThat(driver.executableQuery("""
                                MATCH (:Entity {id: $start})-[r {id: $fact}]->(:Entity {id: $end})
                                RETURN type(r) AS type""").withParameters(Map.of("start", start, "end", end,
                                "fact", link.get("id").asString())).execute().records())
                                .as("%s %s %s", hub, type, link.get("id")).singleElement()
                                .extracting(r -> r.get("type").asString()).isEqualTo(type);
                    }
                }
                assertThat(shown).hasSize(group.get("shown").asInt());
                boolean large = group.get("count").asLong() > 50;
                assertThat(group.get("sample").asBoolean()).as("%s %s %s", hub, type, direction).isEqualTo(large);
                if (large) {
                    samples++;
                } else if (!shown.isEmpty()) {
                    JsonNode page = api.get("/api/entities/" + hub + "/relationships", "type", type, "direction", direction,
                            "limit", String.valueOf(shown.size())).json();
                    List<String> firstPage = new ArrayList<>();
                    page.get("relationships").forEach(link -> firstPage.add(link.get("id").asString()));
                    assertThat(shown).as("%s %s %s", hub, type, direction).containsExactlyElementsOf(firstPage);
                }
            }
            assertThat(samples).as(hub).isPositive();
        }
    }

    @Test
    void pagingAsksForOneTypeAndADirection() {
        String hub = hubs().get(0);

        assertThat(api.get("/api/entities/" + hub + "/relationships", "direction", "outgoing").json().get("detail").asString())
                .contains("'type' must be one relationship type");
        assertThat(api.get("/api/entities/" + hub + "/relationships", "type", "PRODUCES,EXPORTS", "direction", "outgoing")
                .json().get("detail").asString()).contains("one relationship type");
        assertThat(api.get("/api/entities/" + hub + "/relationships", "type", "PRODUCES", "direction", "sideways").status())
                .isEqualTo(400);
        assertThat(api.get("/api/entities/" + hub, "limit", "1001").status()).isEqualTo(400);
    }

    @Test
    void everyQuestionAboutAHubAnswersInAtMostOneMegabyte() {
        List<String> hubs = hubs();
        String resource = driver.executableQuery("""
                MATCH (r:Resource)
                RETURN r.id AS id ORDER BY COUNT { (r)<-[:PRODUCES]-() } DESC LIMIT 1""")
                .execute().records().get(0).get("id").asString();
        for (String hub : hubs) {
            bounded("/api/entities/" + hub);
            bounded("/api/entities/" + hub + "/neighbourhood");
            bounded("/api/influence", "target", hub);
            bounded("/api/influence", "target", hub, "resource", resource);
            bounded("/api/dependencies", "actor", hub, "resource", resource);
            bounded("/api/export", "center", hub, "format", "json");
        }
        bounded("/api/paths", "from", hubs.get(0), "to", hubs.get(1));
        bounded("/api/paths", "from", hubs.get(1), "to", hubs.get(2));
        bounded("/api/sources");
    }

    @Test
    void influenceWithoutAResourceReadsTheProductionOfTheResourcesTheTargetDependsOnMostUpToItsLimitAndSaysSo() {
        var imported = driver.executableQuery("""
                MATCH (n:Entity)-[f:IMPORTS_FROM]->() WHERE f.resource IS NOT NULL
                WITH n, count(DISTINCT f.resource) AS resources, min(f.resource) AS oneOfThem
                RETURN n.id AS id, n.name AS name, resources, oneOfThem ORDER BY resources DESC, id LIMIT 1""")
                .execute().records().get(0);
        String target = imported.get("id").asString();

        String notes = api.get("/api/influence", "target", target).json().get("notes").toString();

        assertThat(notes).contains(imported.get("name").asString() + " imports " + imported.get("resources").asLong()
                + " resources: production and export restrictions are weighed for the")
                .contains("reached the 300 read per answer");
        assertThat(api.get("/api/influence", "target", target, "resource", imported.get("oneOfThem").asString())
                .json().get("notes").toString()).doesNotContain("are weighed for the");
    }

    @Test
    void dependenciesNameAtMostTenFactsPerProducerAndSupplierCountAllAndShowEveryNamedFact() {
        var pair = driver.executableQuery("""
                MATCH (n:Entity)-[f:IMPORTS_FROM]->(s:Entity)
                WHERE f.resource IS NOT NULL AND COUNT { (:Country)-[:PRODUCES]->(:Entity {id: f.resource}) } > 10
                WITH n, f.resource AS resource, s, count(f) AS facts
                RETURN n.id AS actor, resource, s.id AS supplier, facts ORDER BY facts DESC, actor, resource, supplier LIMIT 1""")
                .execute().records().get(0);
        String actor = pair.get("actor").asString();
        String resource = pair.get("resource").asString();
        long productionFacts = driver.executableQuery("""
                MATCH (:Country)-[f:PRODUCES]->(:Entity {id: $resource}) WITH startNode(f) AS p, count(f) AS n RETURN coalesce(max(n), 0) AS n""")
                .withParameters(java.util.Map.of("resource", resource)).execute().records().get(0).get("n").asLong();

        var answer = api.get("/api/dependencies", "actor", actor, "resource", resource, "suppliers", "1000").json();

        var facts = answer.get("facts");
        boolean counted = false;
        for (var supplier : answer.get("reliance").get("suppliers")) {
            assertThat(supplier.get("factIds").size()).isBetween(1, 10).isLessThanOrEqualTo(supplier.get("factCount").asInt());
            supplier.get("factIds").forEach(id -> assertThat(facts.has(id.asText())).as("fact %s shown", id).isTrue());
            if (supplier.get("supplier").get("id").asText().equals(pair.get("supplier").asString())) {
                assertThat(supplier.get("factCount").asLong()).isEqualTo(pair.get("facts").asLong());
                counted = true;
            }
        }
        assertThat(counted).isTrue();
        for (var producer : answer.get("concentration").get("producers")) {
            assertThat(producer.get("factIds").size()).isBetween(1, 10).isLessThanOrEqualTo(producer.get("factCount").asInt());
            producer.get("factIds").forEach(id -> assertThat(facts.has(id.asText())).as("fact %s shown", id).isTrue());
            facts.get(producer.get("factIds").get(0).asText()).get("sources").forEach(source -> assertThat(source.has("id")).isTrue());
        }
        assertThat(productionFacts).as("the generated world has producers with more than 10 figures").isGreaterThan(10);
    }

    @Test
    void dependenciesListTheLargestSuppliersAndTheRestrictionsThatApplyFirstAndCountAll() {
        var pair = driver.executableQuery("""
                MATCH (n:Entity)-[f:IMPORTS_FROM]->(s:Entity)
                WHERE f.resource IS NOT NULL
                WITH n, f.resource AS resource, count(DISTINCT s) AS suppliers
                RETURN n.id AS actor, resource, suppliers ORDER BY suppliers DESC, actor, resource LIMIT 1""")
                .execute().records().get(0);
        String actor = pair.get("actor").asString();
        String resource = pair.get("resource").asString();
        long suppliers = pair.get("suppliers").asLong();
        long restrictions = driver.executableQuery("MATCH ()-[f:RESTRICTS_EXPORT_OF]->(:Entity {id: $resource}) RETURN count(f) AS n")
                .withParameters(Map.of("resource", resource)).execute().records().get(0).get("n").asLong();
        assertThat(suppliers).as("the generated world has an actor with several suppliers of a resource").isGreaterThan(2);

        JsonNode all = api.get("/api/dependencies", "actor", actor, "resource", resource, "suppliers", "1000").json();
        JsonNode two = api.get("/api/dependencies", "actor", actor, "resource", resource, "suppliers", "2").json();

        assertThat(all.get("reliance").get("suppliers").size()).isEqualTo((int) suppliers);
        assertThat(all.get("reliance").get("otherSuppliers").get("count").asInt()).isZero();
        assertThat(two.get("reliance").get("suppliers").size()).isEqualTo(2);
        assertThat(two.get("reliance").get("otherSuppliers").get("count").asLong()).isEqualTo(suppliers - 2);
        assertThat(two.get("reliance").get("exposure").asDouble()).isEqualTo(all.get("reliance").get("exposure").asDouble());
        double listed = 0;
        for (JsonNode supplier : all.get("reliance").get("suppliers")) {
            listed += supplier.get("share").isNull() ? 0 : supplier.get("share").asDouble();
        }
        double shown = two.get("reliance").get("otherSuppliers").get("share").asDouble();
        for (JsonNode supplier : two.get("reliance").get("suppliers")) {
            shown += supplier.get("share").isNull() ? 0 : supplier.get("share").asDouble();
        }
        assertThat(shown).isCloseTo(listed, org.assertj.core.data.Offset.offset(1e-9));
        for (JsonNode supplier : two.get("reliance").get("suppliers")) {
            supplier.get("restrictionFactIds").forEach(id -> assertThat(two.get("facts").has(id.asString())).isTrue());
        }
        assertThat(two.get("restrictionCount").asLong()).isEqualTo(restrictions);
        assertThat(two.get("restrictions").size()).isEqualTo((int) Math.min(restrictions, 25));
        boolean applying = true;
        for (JsonNode restriction : two.get("restrictions")) {
            assertThat(!restriction.get("appliesToActor").asBoolean() || applying).as("those that apply come first").isTrue();
            applying = restriction.get("appliesToActor").asBoolean();
            assertThat(two.get("facts").has(restriction.get("factId").asString())).isTrue();
        }
    }

    private void bounded(String path, String... parameters) {
        ApiClient.Response response = api.get(path, parameters);
        assertThat(response.status()).as("%s %s: %s", path, List.of(parameters), response.text()).isEqualTo(200);
        assertThat(response.text().length()).as("%s %s", path, List.of(parameters)).isLessThan(ONE_MB);
    }

    /** The three entities with the most relationships. */
    private List<String> hubs() {
        return driver.executableQuery("""
                MATCH (n:Entity)
                RETURN n.id AS id ORDER BY COUNT { (n)-[]-(:Entity) } DESC LIMIT 3""")
                .execute().records().stream().map(r -> r.get("id").asString()).toList();
    }

    private long degree(String id) {
        return driver.executableQuery("MATCH (n:Entity {id: $id}) RETURN COUNT { (n)-[]-(:Entity) } AS degree")
                .withParameters(Map.of("id", id)).execute().records().get(0).get("degree").asLong();
    }
}
