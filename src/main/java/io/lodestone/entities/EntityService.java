package io.lodestone.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lodestone.graph.FactView;
import io.lodestone.graph.EntityLookup;
import io.lodestone.graph.FactViews;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.NodeView;
import io.lodestone.graph.SourceView;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/** One entity with its facts, and the subgraph around it. */
@Service
public class EntityService {

    private final GraphReader reader;

    EntityService(GraphReader reader) {
        this.reader = reader;
    }

    /** @param asOf ISO date, or null */
    public EntityDetail entity(String id, String asOf) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("asOf", asOf);
        return reader.inReadTransaction(tx -> {
            List<Record> records = tx.run("entities/entity.cypher", parameters);
            if (records.isEmpty()) {
                throw EntityLookup.notFound(id);
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
            FactViews facts = FactViews.resolve(tx, relationships, nodes, entitySources);
            List<LinkView> views = links.stream().map(link -> {
                FactView fact = facts.view(link.get("relationship").asRelationship());
                return new LinkView(fact.id(), fact.type(), link.get("direction").asString(),
                        FactViews.node(link.get("other").asNode()), fact.properties(), fact.sources());
            }).toList();
            Map<String, Object> properties = new HashMap<>(entity.asMap());
            List<String> aliases = entity.get("aliases").asList(Value::asString, List.of());
            List<SourceView> sources = facts.sources(entitySources);
            return new EntityDetail(id, entity.get("name").asString(null), FactViews.type(entity.labels()),
                    iterate(entity.labels()), aliases, properties, sources, status(views), asOf,
                    views);
        });
    }

    public Subgraph neighbourhood(NeighbourhoodQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", query.id());
        parameters.put("depth", query.depth());
        parameters.put("relationshipFilter", query.types() == null ? "" : String.join("|", query.types()));
        parameters.put("limit", query.limit());
        parameters.put("asOf", query.asOf());
        return reader.inReadTransaction(tx -> {
            List<Record> records = tx.run("entities/neighbourhood.cypher", parameters);
            if (records.isEmpty()) {
                throw EntityLookup.notFound(query.id());
            }
            List<Node> nodes = records.get(0).get("nodes").asList(Value::asNode);
            List<Relationship> relationships = records.get(0).get("relationships").asList(Value::asRelationship);
            FactViews facts = FactViews.resolve(tx, relationships, nodes);
            List<NodeView> nodeViews = nodes.stream().map(FactViews::node).toList();
            return new Subgraph(query.id(), query.depth(), nodeViews, relationships.stream().map(facts::view).toList());
        });
    }

    private static StatusView status(List<LinkView> links) {
        return links.stream()
                .filter(link -> link.type().equals("HAS_STATUS") && link.direction().equals("outgoing"))
                .max(Comparator.comparing((LinkView link) -> String.valueOf(link.properties().since())))
                .map(link -> new StatusView(link.other().name(), link.properties().since(), link.id()))
                .orElse(null);
    }

    private static List<String> iterate(Iterable<String> labels) {
        List<String> list = new ArrayList<>();
        labels.forEach(list::add);
        return list;
    }
}
