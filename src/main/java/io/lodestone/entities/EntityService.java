package io.lodestone.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lodestone.graph.FactView;
import io.lodestone.graph.Facts;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.NodeView;
import io.lodestone.graph.SourceView;
import io.lodestone.graph.Vocabulary;
import io.lodestone.problem.NotFoundException;
import io.lodestone.problem.Parameters;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/** One entity with its facts, and the subgraph around it. */
@Service
public class EntityService {

    private final GraphReader reader;
    private final Vocabulary vocabulary;

    EntityService(GraphReader reader, Vocabulary vocabulary) {
        this.reader = reader;
        this.vocabulary = vocabulary;
    }

    public EntityDetail entity(String id, String asOf) {
        String checkedId = Parameters.id("id", id);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", checkedId);
        parameters.put("asOf", Parameters.asOf(asOf));
        return reader.inReadTransaction(tx -> {
            List<Record> records = tx.run("entities/entity.cypher", parameters);
            if (records.isEmpty()) {
                throw notFound(checkedId);
            }
            Node entity = records.get(0).get("entity").asNode();
            List<Value> links = records.get(0).get("relationships").asList(v -> v);
            List<Relationship> relationships = new ArrayList<>();
            List<Node> nodes = new ArrayList<>(List.of(entity));
            for (Value link : links) {
                relationships.add(link.get("relationship").asRelationship());
                nodes.add(link.get("other").asNode());
            }
            List<String> entitySources = entity.get("sources").asList(Value::asString, List.of());
            Facts facts = Facts.resolve(tx, relationships, nodes, entitySources);
            List<LinkView> views = links.stream().map(link -> {
                FactView fact = facts.view(link.get("relationship").asRelationship());
                return new LinkView(fact.id(), fact.type(), link.get("direction").asString(),
                        Facts.node(link.get("other").asNode()), fact.properties(), fact.sources());
            }).toList();
            Map<String, Object> properties = new HashMap<>(entity.asMap());
            List<String> aliases = entity.get("aliases").asList(Value::asString, List.of());
            List<SourceView> sources = facts.sources(entitySources);
            return new EntityDetail(checkedId, entity.get("name").asString(null), Facts.type(entity.labels()),
                    iterate(entity.labels()), aliases, properties, sources, status(views), (String) parameters.get("asOf"),
                    views);
        });
    }

    public Subgraph neighbourhood(String id, Integer depth, String types, Integer limit, String asOf) {
        String checkedId = Parameters.id("id", id);
        int checkedDepth = Parameters.range("depth", depth, 1, 1, 3);
        List<String> typeList = Parameters.relationshipTypes(types, vocabulary::relationshipTypes);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", checkedId);
        parameters.put("depth", checkedDepth);
        parameters.put("relationshipFilter", typeList == null ? "" : String.join("|", typeList));
        parameters.put("limit", Parameters.range("limit", limit, 100, 1, 500));
        parameters.put("asOf", Parameters.asOf(asOf));
        return reader.inReadTransaction(tx -> {
            List<Record> records = tx.run("entities/neighbourhood.cypher", parameters);
            if (records.isEmpty()) {
                throw notFound(checkedId);
            }
            List<Node> nodes = records.get(0).get("nodes").asList(Value::asNode);
            List<Relationship> relationships = records.get(0).get("relationships").asList(Value::asRelationship);
            Facts facts = Facts.resolve(tx, relationships, nodes);
            List<NodeView> nodeViews = nodes.stream().map(Facts::node).toList();
            return new Subgraph(checkedId, checkedDepth, nodeViews, relationships.stream().map(facts::view).toList());
        });
    }

    private static StatusView status(List<LinkView> links) {
        return links.stream()
                .filter(link -> link.type().equals("HAS_STATUS") && link.direction().equals("outgoing"))
                .max(Comparator.comparing((LinkView link) -> String.valueOf(link.properties().get("since"))))
                .map(link -> new StatusView(link.other().name(), (String) link.properties().get("since"), link.id()))
                .orElse(null);
    }

    private static List<String> iterate(Iterable<String> labels) {
        List<String> list = new ArrayList<>();
        labels.forEach(list::add);
        return list;
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("No entity has the id \"" + id + "\". Find ids with GET /api/entities?q=<name>.");
    }
}
