package io.lodestone.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * Turns relationships into {@link FactView}s, looking their sources up with one query for all of
 * them (cypher/sources/by-ids.cypher) in the caller's transaction.
 */
public final class FactViews {

    private final Map<String, SourceView> sources = new HashMap<>();
    private final Map<String, String> nodeIds;

    private FactViews(Collection<Node> nodes) {
        this.nodeIds = new HashMap<>();
        nodes.forEach(node -> nodeIds.put(node.elementId(), node.get("id").asString()));
    }

    /**
     * @param relationships all relationships to show
     * @param nodes         the nodes at their ends (relationships carry only internal node ids)
     */
    public static FactViews resolve(GraphReader.Reader reader, Collection<Relationship> relationships, Collection<Node> nodes) {
        return resolve(reader, relationships, nodes, List.of());
    }

    /** As {@link #resolve(GraphReader.Reader, Collection, Collection)}, also looking up {@code otherSources}. */
    public static FactViews resolve(GraphReader.Reader reader, Collection<Relationship> relationships, Collection<Node> nodes,
                                Collection<String> otherSources) {
        FactViews facts = new FactViews(nodes);
        Set<String> ids = new LinkedHashSet<>();
        relationships.forEach(r -> ids.addAll(r.get("sources").asList(v -> v.asString(), List.of())));
        ids.addAll(otherSources);
        facts.lookUp(reader, ids);
        return facts;
    }

    /** For facts already read: looks up the sources they name, to give them with {@link #view(String, String, String, String, FactProperties)}. */
    public static FactViews withSourcesOf(GraphReader.Reader reader, Collection<FactProperties> properties) {
        FactViews facts = new FactViews(List.of());
        Set<String> ids = new LinkedHashSet<>();
        properties.forEach(p -> ids.addAll(p.sourceIds()));
        facts.lookUp(reader, ids);
        return facts;
    }

    private void lookUp(GraphReader.Reader reader, Set<String> ids) {
        if (!ids.isEmpty()) {
            for (Record record : reader.run("sources/by-ids.cypher", Map.of("ids", List.copyOf(ids)))) {
                SourceView source = source(record);
                sources.put(source.id(), source);
            }
        }
    }

    /**
     * Facts whose sources the query already returned (as maps with the keys of
     * cypher/sources/by-ids.cypher), so no further look-up is needed.
     */
    public static FactViews withSources(Collection<Node> nodes, Collection<? extends MapAccessor> sources) {
        FactViews facts = new FactViews(nodes);
        sources.forEach(source -> facts.sources.putIfAbsent(text(source, "id"), source(source)));
        return facts;
    }

    public FactView view(Relationship r) {
        FactProperties properties = FactProperties.of(r);
        return view(properties.id(), r.type(), nodeIds.get(r.startNodeElementId()), nodeIds.get(r.endNodeElementId()),
                properties);
    }

    /** A fact read before, with its sources; its evidence is in its properties only. */
    public FactView view(String id, String type, String startId, String endId, FactProperties properties) {
        return new FactView(id, type, startId, endId, properties, sources(properties.sourceIds()));
    }

    /** The documents with these ids, as looked up; an id without a document stays with only its id. */
    public List<SourceView> sources(List<String> ids) {
        return ids.stream().map(id -> sources.getOrDefault(id, new SourceView(id, null, null, null, null, null, null, null, null)))
                .toList();
    }

    public static SourceView source(MapAccessor record) {
        return new SourceView(text(record, "id"), text(record, "title"), text(record, "publisher"),
                text(record, "author"), text(record, "date"), text(record, "url"), text(record, "file"),
                text(record, "kind"), text(record, "document"));
    }

    public static NodeView node(Node node) {
        return new NodeView(node.get("id").asString(null), node.get("name").asString(null), type(node.labels()));
    }

    /** The kind label of a node: not Entity, Actor or Resource. */
    public static String type(Iterable<String> labels) {
        for (String label : labels) {
            if (!label.equals("Entity") && !label.equals("Actor") && !label.equals("Resource")) {
                return label;
            }
        }
        return null;
    }

    private static String text(MapAccessor record, String key) {
        return record.get(key).asString(null);
    }
}
