package io.lodestone.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.lodestone.ApiTest;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.GraphVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.TaskExecutor;
import tools.jackson.databind.JsonNode;

/**
 * Reads shared between answers (ReadCache: a resource's production figures, a target's import sums and
 * ties) are kept and read again after any write, including one no service endpoint made (as from Neo4j
 * Browser).
 */
class ReadCacheTest extends ApiTest {

    private static final String FACT = "fact:resource-cache-test-au-tungsten";

    @Autowired
    private GraphVersion version;

    @Autowired
    private GraphReader reader;

    @Autowired
    private ReadCache readCache;

    @Autowired
    private AnalyticsProperties properties;

    @Autowired
    private TaskExecutor executor;

    @Autowired
    private CentralityService centrality;

    @Test
    void readsLeaveTheVersionAndAWriteFromAnyClientIsInTheNextAnswer() {
        assertThat(producers()).contains("country:CN").doesNotContain("country:AU");
        long before = version.current().orElseThrow();
        driver.executableQuery("MATCH (n:Entity) RETURN count(n) AS n").execute();
        assertThat(producers()).doesNotContain("country:AU");
        assertThat(version.current()).as("reads do not move the version, so what is kept stays good").hasValue(before);
        try {
            driver.executableQuery("""
                            MATCH (au:Entity {id: 'country:AU'}), (tungsten:Entity {id: 'mineral:tungsten'})
                            CREATE (au)-[:PRODUCES {id: $id, year: 2024, amount: 5000, unit: 't W content', confidence: 'high'}]->(tungsten)""")
                    .withParameters(Map.of("id", FACT)).execute();
            assertThat(version.current().orElseThrow()).isGreaterThan(before);
            assertThat(producers()).contains("country:AU");
        } finally {
            driver.executableQuery("MATCH ()-[f:PRODUCES {id: $id}]->() DELETE f").withParameters(Map.of("id", FACT)).execute();
        }
        assertThat(producers()).doesNotContain("country:AU");
    }

    @Test
    void aTargetsImportsAndTiesAreReadAgainAfterAWrite() {
        String imports = "fact:read-cache-test-vn-imports-from-au";
        String invests = "fact:read-cache-test-au-invests-in-vn";
        assertThat(influenceFacts()).doesNotContain(imports, invests);
        assertThat(api.get("/api/influence", "target", "country:VN", "limit", "100").text())
                .as("a kept read answers as the first").isEqualTo(api.get("/api/influence", "target", "country:VN", "limit", "100").text());
        try {
            driver.executableQuery("""
                            MATCH (vn:Entity {id: 'country:VN'}), (au:Entity {id: 'country:AU'})
                            CREATE (vn)-[:IMPORTS_FROM {id: $id, resource: 'mineral:gallium', share: 0.95, confidence: 'high'}]->(au)""")
                    .withParameters(Map.of("id", imports)).execute();
            assertThat(influenceFacts()).as("the import sums").contains(imports).doesNotContain(invests);
            driver.executableQuery("""
                            MATCH (vn:Entity {id: 'country:VN'}), (au:Entity {id: 'country:AU'})
                            CREATE (au)-[:INVESTS_IN {id: $id, confidence: 'high'}]->(vn)""")
                    .withParameters(Map.of("id", invests)).execute();
            assertThat(influenceFacts()).as("the ties").contains(imports, invests);
        } finally {
            driver.executableQuery("MATCH ()-[f]->() WHERE f.id IN $ids DELETE f").withParameters(Map.of("ids", List.of(imports, invests)))
                    .execute();
        }
        assertThat(influenceFacts()).doesNotContain(imports, invests);
    }

    @Test
    void keptTiesAreNotReadBesideTheImports() {
        AtomicInteger besides = new AtomicInteger();
        TaskExecutor counted = task -> {
            besides.incrementAndGet();
            executor.execute(task);
        };
        AnalyticsService influence = new AnalyticsService(reader, readCache, counted, properties);
        String target = "country:DE";
        // a write, so that nothing another test asked is kept
        driver.executableQuery("CREATE (:ReadCacheTestMark)").execute();
        try {
            Answers.InfluenceAnswer first = influence.influence(target, null, 7, null);
            assertThat(besides).as("the first answer reads its ties beside its imports").hasValue(1);
            assertThat(influence.influence(target, null, 7, null)).as("the kept answer").isEqualTo(first);
            assertThat(besides).as("kept ties open no transaction of their own").hasValue(1);
            assertThat(influence.influence(target, "mineral:gallium", 7, null).target().id()).isEqualTo(target);
            assertThat(besides).as("ties about one resource are read with the rest").hasValue(1);
        } finally {
            driver.executableQuery("MATCH (mark:ReadCacheTestMark) DELETE mark").execute();
        }
    }

    @Test
    void aRankingIsKeptUntilTheGraphChanges() {
        Answers.Centrality first = centrality.rank(CentralityService.Algorithm.DEGREE, null, 5);
        assertThat(centrality.rank(CentralityService.Algorithm.DEGREE, null, 5)).as("kept").isSameAs(first);
        assertThat(centrality.rank(CentralityService.Algorithm.DEGREE, null, 6).ranking()).as("another limit, another ranking").hasSize(6);
        assertThat(centrality.rank(CentralityService.Algorithm.PAGERANK, null, 5).algorithm()).isEqualTo("pagerank");
        String fact = "fact:read-cache-test-au-invests-in-th";
        try {
            driver.executableQuery("""
                            MATCH (au:Entity {id: 'country:AU'}), (th:Entity {id: 'country:TH'})
                            CREATE (au)-[:INVESTS_IN {id: $id, confidence: 'high'}]->(th)""")
                    .withParameters(Map.of("id", fact)).execute();
            assertThat(centrality.rank(CentralityService.Algorithm.DEGREE, null, 5).relationships())
                    .as("the new fact is in the next ranking's network").isGreaterThan(first.relationships());
        } finally {
            driver.executableQuery("MATCH ()-[f:INVESTS_IN {id: $id}]->() DELETE f").withParameters(Map.of("id", fact)).execute();
        }
        assertThat(centrality.rank(CentralityService.Algorithm.DEGREE, null, 5).relationships()).isEqualTo(first.relationships());
    }

    /** The ids of the facts named by influence over Vietnam, without a resource. */
    private List<String> influenceFacts() {
        JsonNode answer = api.get("/api/influence", "target", "country:VN", "limit", "100").json();
        List<String> ids = new ArrayList<>();
        answer.get("ranking").forEach(actor -> actor.get("terms").forEach(term -> term.get("factIds").forEach(id -> ids.add(id.asString()))));
        return ids;
    }

    private List<String> producers() {
        JsonNode answer = api.get("/api/dependencies", "actor", "bloc:EU", "resource", "mineral:tungsten").json();
        List<String> ids = new ArrayList<>();
        answer.get("concentration").get("producers").forEach(p -> ids.add(p.get("producer").get("id").asString()));
        return ids;
    }
}
