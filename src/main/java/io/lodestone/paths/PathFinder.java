package io.lodestone.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lodestone.graph.EntityLookup;
import io.lodestone.graph.FactViews;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.NodeView;
import io.lodestone.paths.PathQuery.Mode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/** Paths between two entities, each hop with its facts and their sources. */
@Service
public class PathFinder {

    /** Fact-level paths the all-paths search looks at, at most (see cypher/paths/all.cypher). */
    static final int CANDIDATES = 5000;

    private final GraphReader reader;

    PathFinder(GraphReader reader) {
        this.reader = reader;
    }

    public PathsAnswer find(PathQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", query.from());
        parameters.put("to", query.to());
        parameters.put("maxHops", query.maxHops());
        parameters.put("limit", query.limit());
        parameters.put("types", query.types());
        parameters.put("relationshipFilter", query.types() == null ? "" : String.join("|", query.types()));
        parameters.put("candidates", CANDIDATES);
        parameters.put("factsPerHop", query.factsPerHop());
        parameters.put("asOf", query.asOf());
        String file = query.mode() == Mode.SHORTEST ? "paths/shortest.cypher" : "paths/all.cypher";
        String mode = query.mode().name().toLowerCase();
        return reader.inReadTransaction(tx -> {
            // One query answers with paths and their sources; the endpoints are only looked up on their own when
            // no path was found, to tell "not connected" from "no such entity".
            List<Record> records = tx.run(file, parameters);
            if (records.isEmpty()) {
                return new PathsAnswer(EntityLookup.require(tx, "from", query.from()),
                        EntityLookup.require(tx, "to", query.to()), mode,
                        query.maxHops(), query.types(), query.asOf(), List.of());
            }
            List<Node> nodes = new ArrayList<>();
            List<Value> sources = new ArrayList<>();
            for (Record record : records) {
                nodes.addAll(record.get("nodes").asList(Value::asNode));
                sources.addAll(record.get("sources").asList(v -> v));
            }
            FactViews facts = FactViews.withSources(nodes, sources);
            List<PathView> paths = records.stream().map(record -> {
                List<NodeView> pathNodes = record.get("nodes").asList(v -> FactViews.node(v.asNode()));
                return new PathView(pathNodes.size() - 1, pathNodes,
                        record.get("relationships").asList(v -> facts.view(v.asRelationship())), record.get("factCount").asInt());
            }).toList();
            List<NodeView> firstPath = paths.get(0).nodes();
            return new PathsAnswer(firstPath.get(0), firstPath.get(firstPath.size() - 1), mode, query.maxHops(),
                    query.types(), query.asOf(), paths);
        });
    }
}
