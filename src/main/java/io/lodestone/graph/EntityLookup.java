package io.lodestone.graph;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lodestone.problem.NotFoundException;
import org.neo4j.driver.Record;

/** Entities by id with one query for all of them (cypher/entities/entity-refs.cypher), and the 404 for an unknown id. */
public final class EntityLookup {

    private static final String FIND_IDS = "Find ids with GET /api/entities?q=<name>.";

    private EntityLookup() {
    }

    /** @return the entities that exist, by id */
    public static Map<String, NodeView> find(GraphReader.Reader tx, Collection<String> ids) {
        Map<String, NodeView> found = new LinkedHashMap<>();
        for (Record record : tx.run("entities/entity-refs.cypher", Map.of("ids", List.copyOf(ids)))) {
            NodeView node = FactViews.node(record.get("entity").asNode());
            found.put(node.id(), node);
        }
        return found;
    }

    public static Optional<NodeView> find(GraphReader.Reader tx, String id) {
        return Optional.ofNullable(find(tx, List.of(id)).get(id));
    }

    /** @throws NotFoundException naming the parameter that held the id */
    public static NodeView require(GraphReader.Reader tx, String parameter, String id) {
        return find(tx, id).orElseThrow(() -> new NotFoundException("'" + parameter + "': no entity has the id \"" + id
                + "\". " + FIND_IDS));
    }

    /** For an id that is the subject of the request (its path). */
    public static NotFoundException notFound(String id) {
        return new NotFoundException("No entity has the id \"" + id + "\". " + FIND_IDS);
    }
}
