package io.lodestone.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.lodestone.analytics.Answers.CentralityEntry;
import io.lodestone.graph.Facts;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.Vocabulary;
import io.lodestone.problem.InvalidParameterException;
import io.lodestone.problem.Parameters;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Structural influence over the actor network with Graph Data Science: the network is projected
 * under a name of its own per request (so requests never share a projection), ranked, and dropped.
 */
@Service
public class CentralityService {

    public enum Algorithm { PAGERANK, BETWEENNESS, DEGREE }

    private final GraphReader reader;
    private final Vocabulary vocabulary;
    private final Duration timeout;

    CentralityService(GraphReader reader, Vocabulary vocabulary,
                      @Value("${lodestone.query.algorithm-timeout:60s}") Duration timeout) {
        this.reader = reader;
        this.vocabulary = vocabulary;
        this.timeout = timeout;
    }

    public Answers.Centrality rank(String algorithm, String label, Integer limit) {
        Algorithm checked = Parameters.choice("algorithm", algorithm, Algorithm.PAGERANK, Algorithm.class);
        String checkedLabel = label(label);
        int max = Parameters.range("limit", limit, 10, 1, 100);
        String graphName = "lodestone-" + UUID.randomUUID();
        Map<String, Object> names = Map.of("graphName", graphName);
        try {
            Record projection = reader.inReadTransaction(timeout, tx -> tx.run("analytics/project-actor-graph.cypher",
                    Map.of("graphName", graphName, "label", checkedLabel)).get(0));
            try {
                List<CentralityEntry> ranking = reader.inReadTransaction(timeout, tx ->
                        tx.run("analytics/" + checked.name().toLowerCase() + ".cypher", Map.of("graphName", graphName, "limit", max))
                                .stream()
                                .map(r -> new CentralityEntry(r.get("id").asString(), r.get("name").asString(null),
                                        type(tx, r.get("id").asString()), r.get("score").asDouble()))
                                .toList());
                return new Answers.Centrality(checked.name().toLowerCase(), checkedLabel,
                        projection.get("nodes").asInt(), projection.get("relationships").asLong(), ranking);
            } finally {
                // The catalog is not transactional: the projection must be dropped in a transaction of its own,
                // also when ranking failed or timed out.
                reader.inReadTransaction(timeout, tx -> tx.run("analytics/drop-graph.cypher", names));
            }
        } catch (ClientException e) {
            if (String.valueOf(e.getMessage()).contains("gds.")) {
                throw new GdsUnavailableException(e);
            }
            throw e;
        }
    }

    private static String type(GraphReader.Reader tx, String id) {
        List<Record> records = tx.run("entities/entity-ref.cypher", Map.of("id", id));
        return records.isEmpty() ? null : Facts.type(records.get(0).get("entity").asNode().labels());
    }

    private String label(String label) {
        if (label == null || label.isBlank()) {
            return "Actor";
        }
        Set<String> labels = vocabulary.labels();
        return labels.stream().filter(l -> l.equalsIgnoreCase(label.strip())).findFirst()
                .orElseThrow(() -> new InvalidParameterException("label", "'label' must be one of "
                        + String.join(", ", labels) + "; was " + Parameters.quote(label) + "."));
    }
}
