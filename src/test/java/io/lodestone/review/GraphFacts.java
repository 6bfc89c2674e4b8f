package io.lodestone.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** A fact of the graph as the review tests compare it: its properties plus (start), (type) and (end). */
final class GraphFacts {

    private GraphFacts() {
    }

    /** @return null when the graph has no fact with this id */
    static Map<String, Object> of(Driver driver, String factId) {
        try (Session session = driver.session()) {
            var records = session.run("MATCH (a)-[r {id: $id}]->(b) RETURN a.id AS start, type(r) AS type, b.id AS end,"
                    + " properties(r) AS properties", Map.of("id", factId)).list();
            if (records.isEmpty()) {
                return null;
            }
            assertThat(records).hasSize(1);
            var record = records.get(0);
            Map<String, Object> properties = new TreeMap<>(record.get("properties").asMap());
            properties.put("(start)", record.get("start").asString());
            properties.put("(type)", record.get("type").asString());
            properties.put("(end)", record.get("end").asString());
            return properties;
        }
    }

    /**
     * The sources whose stored fact count (sources/fact-counts.cypher, kept by every write) differs
     * from a count of the facts that name them, each as "id: stored != counted"; empty when all agree.
     */
    static List<String> sourcesMiscounted(Driver driver) {
        try (Session session = driver.session()) {
            List<String> wrong = session.run("MATCH (s:Source) WITH s, COUNT { ()-[r]->() WHERE r.id STARTS WITH 'fact:'"
                    + " AND s.id IN r.sources } AS counted WHERE s.factCount IS NULL OR s.factCount <> counted"
                    + " RETURN s.id + ': ' + coalesce(toString(s.factCount), 'null') + ' != ' + counted AS wrong")
                    .list(r -> r.get("wrong").asString());
            assertThat(session.run("MATCH (s:Source) WHERE s.factCount > 0 RETURN count(s) AS n").single().get("n").asLong())
                    .as("sources with facts").isPositive();
            return wrong;
        }
    }
}
