package io.lodestone.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.lodestone.analytics.Answers.CentralityEntry;
import io.lodestone.graph.EntityLookup;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.NodeView;
import io.lodestone.graph.QueryProperties;
import io.lodestone.graph.Vocabulary;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Service;

/**
 * Structural influence over the actor network with Graph Data Science: the network is projected
 * under a name of its own per ranking (so requests never share a projection), ranked, and dropped.
 * Rankings are kept until the graph changes (ReadCache): the projection reads the whole network.
 */
@Service
public class CentralityService {

    public enum Algorithm { PAGERANK, BETWEENNESS, DEGREE }

    private final GraphReader reader;
    private final Vocabulary vocabulary;
    private final ReadCache readCache;
    private final Duration timeout;

    CentralityService(GraphReader reader, Vocabulary vocabulary, ReadCache readCache, QueryProperties query) {
        this.reader = reader;
        this.vocabulary = vocabulary;
        this.readCache = readCache;
        this.timeout = query.algorithmTimeout();
    }

    /** @param label a label the graph holds in any case, or null for Actor */
    public Answers.Centrality rank(Algorithm algorithm, String label, int limit) {
        String checkedLabel = label == null ? "Actor" : vocabulary.label(label).orElse(label);
        return readCache.now().centrality(algorithm.name(), checkedLabel, limit, () -> computed(algorithm, checkedLabel, limit));
    }

    private Answers.Centrality computed(Algorithm algorithm, String checkedLabel, int limit) {
        String graphName = "lodestone-" + UUID.randomUUID();
        Map<String, Object> names = Map.of("graphName", graphName);
        try {
            Record projection = reader.inReadTransaction(timeout, tx -> tx.run("analytics/project-actor-graph.cypher",
                    Map.of("graphName", graphName, "label", checkedLabel)).get(0));
            try {
                List<CentralityEntry> ranking = reader.inReadTransaction(timeout, tx -> {
                    List<Record> ranked = tx.run("analytics/" + algorithm.name().toLowerCase() + ".cypher",
                            Map.of("graphName", graphName, "limit", limit));
                    Map<String, NodeView> entities = EntityLookup.find(tx, ranked.stream().map(r -> r.get("id").asString()).toList());
                    return ranked.stream()
                            .map(r -> new CentralityEntry(r.get("id").asString(), r.get("name").asString(null),
                                    Optional.ofNullable(entities.get(r.get("id").asString())).map(NodeView::type).orElse(null),
                                    r.get("score").asDouble()))
                            .toList();
                });
                return new Answers.Centrality(algorithm.name().toLowerCase(), checkedLabel,
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
}
