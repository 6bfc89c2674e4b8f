package io.lodestone.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lodestone.graph.Facts;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.NodeView;
import io.lodestone.graph.Vocabulary;
import io.lodestone.problem.InvalidParameterException;
import io.lodestone.problem.NotFoundException;
import io.lodestone.problem.Parameters;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/** Paths between two entities, each hop with its facts and their sources. */
@Service
public class PathFinder {

    public enum Mode { SHORTEST, ALL }

    /** Fact-level paths the all-paths search looks at, at most (see cypher/paths/all.cypher). */
    static final int CANDIDATES = 5000;

    /** Facts listed per hop unless the request says otherwise (the $factsPerHop of the path queries). */
    public static final int FACTS_PER_HOP = 50;

    private final GraphReader reader;
    private final Vocabulary vocabulary;

    PathFinder(GraphReader reader, Vocabulary vocabulary) {
        this.reader = reader;
        this.vocabulary = vocabulary;
    }

    public PathsAnswer find(String from, String to, Integer maxHops, String types, String mode, Integer limit, String asOf,
                            Integer factsPerHop) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", Parameters.id("from", from));
        parameters.put("to", Parameters.id("to", to));
        parameters.put("maxHops", Parameters.range("maxHops", maxHops, 4, 1, 6));
        Mode checkedMode = Parameters.choice("mode", mode, Mode.SHORTEST, Mode.class);
        parameters.put("limit", Parameters.range("limit", limit, checkedMode == Mode.SHORTEST ? 10 : 25, 1, 100));
        List<String> typeList = Parameters.relationshipTypes(types, vocabulary::relationshipTypes);
        parameters.put("types", typeList);
        parameters.put("relationshipFilter", typeList == null ? "" : String.join("|", typeList));
        parameters.put("candidates", CANDIDATES);
        parameters.put("factsPerHop", Parameters.range("factsPerHop", factsPerHop, FACTS_PER_HOP, 1, 1000));
        parameters.put("asOf", Parameters.asOf(asOf));
        String file = checkedMode == Mode.SHORTEST ? "paths/shortest.cypher" : "paths/all.cypher";
        if (parameters.get("from").equals(parameters.get("to"))) {
            throw new InvalidParameterException("to", "'from' and 'to' are the same entity (\"" + parameters.get("from")
                    + "\"): a path needs two different ends. For what an entity is linked to, use GET /api/entities/{id}/neighbourhood.");
        }
        return reader.inReadTransaction(tx -> {
            // One query answers with paths and their sources; the endpoints are only looked up on their own when
            // no path was found, to tell "not connected" from "no such entity".
            List<Record> records = tx.run(file, parameters);
            if (records.isEmpty()) {
                return new PathsAnswer(endpoint(tx, "from", (String) parameters.get("from")),
                        endpoint(tx, "to", (String) parameters.get("to")), checkedMode.name().toLowerCase(),
                        (int) parameters.get("maxHops"), typeList, (String) parameters.get("asOf"), List.of());
            }
            List<Node> nodes = new ArrayList<>();
            List<Value> sources = new ArrayList<>();
            for (Record record : records) {
                nodes.addAll(record.get("nodes").asList(Value::asNode));
                sources.addAll(record.get("sources").asList(v -> v));
            }
            Facts facts = Facts.withSources(nodes, sources);
            List<PathView> paths = records.stream().map(record -> {
                List<NodeView> pathNodes = record.get("nodes").asList(v -> Facts.node(v.asNode()));
                return new PathView(pathNodes.size() - 1, pathNodes,
                        record.get("relationships").asList(v -> facts.view(v.asRelationship())), record.get("factCount").asInt());
            }).toList();
            List<NodeView> firstPath = paths.get(0).nodes();
            return new PathsAnswer(firstPath.get(0), firstPath.get(firstPath.size() - 1), checkedMode.name().toLowerCase(),
                    (int) parameters.get("maxHops"), typeList, (String) parameters.get("asOf"), paths);
        });
    }

    private static NodeView endpoint(GraphReader.Reader tx, String parameter, String id) {
        List<Record> records = tx.run("entities/entity-ref.cypher", Map.of("id", id));
        if (records.isEmpty()) {
            throw new NotFoundException("'" + parameter + "': no entity has the id \"" + id
                    + "\". Find ids with GET /api/entities?q=<name>.");
        }
        return Facts.node(records.get(0).get("entity").asNode());
    }
}
