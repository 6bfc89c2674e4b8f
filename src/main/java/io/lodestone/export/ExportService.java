package io.lodestone.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lodestone.entities.EntityService;
import io.lodestone.entities.NeighbourhoodQuery;
import io.lodestone.entities.Subgraph;
import io.lodestone.graph.FactView;
import io.lodestone.graph.FactViews;
import io.lodestone.graph.GraphReader;
import io.lodestone.paths.PathFinder;
import io.lodestone.paths.PathQuery;
import io.lodestone.paths.PathView;
import io.lodestone.paths.PathsAnswer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Collects what to export: the whole graph, or the same neighbourhood or paths the query API
 * answers (so an export holds exactly what the API shows), with the entities at their ends.
 */
@Service
public class ExportService {

    private final GraphReader reader;
    private final EntityService entities;
    private final PathFinder paths;

    ExportService(GraphReader reader, EntityService entities, PathFinder paths) {
        this.reader = reader;
        this.entities = entities;
        this.paths = paths;
    }

    public ExportGraph wholeGraph() {
        return reader.inReadTransaction(tx -> {
            Record record = tx.run("export/graph.cypher", Map.of()).get(0);
            List<Node> nodes = record.get("nodes").asList(Value::asNode);
            List<Relationship> relationships = record.get("relationships").asList(Value::asRelationship);
            FactViews facts = FactViews.resolve(tx, relationships, nodes);
            return new ExportGraph("graph", nodes.stream().map(ExportService::node).toList(),
                    relationships.stream().map(facts::view).toList());
        });
    }

    public ExportGraph neighbourhood(NeighbourhoodQuery query) {
        Subgraph subgraph = entities.neighbourhood(query);
        return withNodes("neighbourhood of " + subgraph.center(), subgraph.relationships(),
                subgraph.nodes().stream().map(n -> n.id()).toList());
    }

    public ExportGraph paths(PathQuery query) {
        PathsAnswer answer = paths.find(query);
        Map<String, FactView> facts = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>(List.of(answer.from().id(), answer.to().id()));
        for (PathView path : answer.paths()) {
            path.nodes().forEach(n -> ids.add(n.id()));
            path.relationships().forEach(fact -> facts.putIfAbsent(fact.id(), fact));
        }
        return withNodes("paths from " + answer.from().id() + " to " + answer.to().id(), List.copyOf(facts.values()),
                List.copyOf(ids));
    }

    private ExportGraph withNodes(String scope, List<FactView> relationships, List<String> ids) {
        List<ExportNode> nodes = new ArrayList<>();
        for (Record record : reader.read("export/nodes.cypher", Map.of("ids", ids))) {
            nodes.add(node(record.get("node").asNode()));
        }
        return new ExportGraph(scope, nodes, relationships);
    }

    private static ExportNode node(Node node) {
        return new ExportNode(node.get("id").asString(null), node.get("name").asString(null), FactViews.type(node.labels()),
                node.get("aliases").asList(Value::asString, List.of()), node.get("description").asString(null),
                node.get("sources").asList(Value::asString, List.of()));
    }
}
