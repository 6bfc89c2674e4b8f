package io.lodestone.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.lodestone.ApiTest;
import io.lodestone.graph.GraphVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A resource's production figures are kept between answers (ResourceCache) and read again after any
 * write, including one no service endpoint made (as from Neo4j Browser).
 */
class ResourceCacheTest extends ApiTest {

    private static final String FACT = "fact:resource-cache-test-au-tungsten";

    @Autowired
    private GraphVersion version;

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

    private List<String> producers() {
        JsonNode answer = api.get("/api/dependencies", "actor", "bloc:EU", "resource", "mineral:tungsten").json();
        List<String> ids = new ArrayList<>();
        answer.get("concentration").get("producers").forEach(p -> ids.add(p.get("producer").get("id").asString()));
        return ids;
    }
}
