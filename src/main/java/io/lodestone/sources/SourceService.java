package io.lodestone.sources;

import java.util.List;
import java.util.Map;

import io.lodestone.graph.FactProperties;
import io.lodestone.graph.FactViews;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.NodeView;
import io.lodestone.problem.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/** The documents behind the graph and the facts each supports. */
@Service
public class SourceService {

    private final GraphReader reader;

    SourceService(GraphReader reader) {
        this.reader = reader;
    }

    public List<SourceSummary> list(int offset, int limit) {
        Map<String, Object> parameters = Map.of("offset", offset, "limit", limit);
        return reader.read("sources/list.cypher", parameters).stream()
                .map(r -> new SourceSummary(FactViews.source(r), r.get("facts").asLong()))
                .toList();
    }

    public SourceDetail source(String id) {
        List<Record> records = reader.read("sources/source.cypher", Map.of("id", id));
        if (records.isEmpty()) {
            throw new NotFoundException("No source has the id \"" + id + "\". GET /api/sources lists them.");
        }
        Record record = records.get(0);
        List<SupportedFact> facts = record.get("facts").asList(fact -> supported(fact));
        return new SourceDetail(FactViews.source(record), facts);
    }

    private static SupportedFact supported(Value fact) {
        Relationship r = fact.get("relationship").asRelationship();
        return new SupportedFact(r.get("id").asString(null), r.type(),
                new NodeView(fact.get("startId").asString(), fact.get("startName").asString(null), fact.get("startType").asString(null)),
                new NodeView(fact.get("endId").asString(), fact.get("endName").asString(null), fact.get("endType").asString(null)),
                FactProperties.of(r));
    }
}
