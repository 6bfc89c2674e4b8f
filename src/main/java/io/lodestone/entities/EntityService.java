package io.lodestone.entities;

import java.util.ArrayList;
import java.util.Arrays;
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
    private final int orderedPreviewMax;

    EntityService(GraphReader reader, EntitiesProperties properties) {
        this.reader = reader;
        this.orderedPreviewMax = properties.orderedPreviewMax();
    }

    /**
     * @param asOf  ISO date, or null
     * @param limit the most relationships shown, shared out among the groups (see {@link #quotas})
     */
    public EntityDetail entity(String id, String asOf, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("asOf", asOf);
        return reader.inReadTransaction(tx -> {
            List<Record> records = tx.run("entities/entity.cypher", parameters);
            if (records.isEmpty()) {
                throw EntityLookup.notFound(id);
            }
            Record record = records.get(0);
            Node entity = record.get("entity").asNode();
            List<RelationshipGroup> counted = record.get("groups").asList(g -> new RelationshipGroup(
                    g.get("type").asString(), g.get("direction").asString(), g.get("count").asLong(), 0, false));
            int[] quotas = quotas(counted.stream().mapToLong(RelationshipGroup::count).toArray(), limit);
            List<RelationshipGroup> groups = new ArrayList<>();
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < counted.size(); i++) {
                RelationshipGroup group = counted.get(i);
                boolean sample = group.count() > orderedPreviewMax;
                groups.add(new RelationshipGroup(group.type(), group.direction(), group.count(), quotas[i], sample));
                if (quotas[i] > 0) {
                    pages.add(new Page(group.type(), group.direction(), 0, quotas[i], sample));
                }
            }
            List<String> entitySources = entity.get("sources").asList(Value::asString, List.of());
            Shown shown = links(tx, id, asOf, pages, entitySources);
            Value status = record.get("status");
            return new EntityDetail(id, entity.get("name").asString(null), FactViews.type(entity.labels()),
                    iterate(entity.labels()), entity.get("aliases").asList(Value::asString, List.of()),
                    new HashMap<>(entity.asMap()), shown.facts().sources(entitySources),
                    status.isNull() ? null : new StatusView(status.get("status").asString(null),
                            status.get("since").asString(null), status.get("factId").asString(null)),
                    asOf, counted.stream().mapToLong(RelationshipGroup::count).sum(), limit, groups, shown.links());
        });
    }

    /** A page of an entity's relationships of one type and direction; counts that group only. */
    public RelationshipPage relationships(RelationshipsQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", query.id());
        parameters.put("type", query.type());
        parameters.put("direction", query.direction());
        parameters.put("asOf", query.asOf());
        return reader.inReadTransaction(tx -> {
            List<Record> records = tx.run("entities/relationship-count.cypher", parameters);
            if (records.isEmpty()) {
                throw EntityLookup.notFound(query.id());
            }
            long total = records.get(0).get("total").asLong();
            List<LinkView> links = total <= query.offset() ? List.of() : links(tx, query.id(), query.asOf(),
                    List.of(new Page(query.type(), query.direction(), query.offset(), query.limit(), false)), List.of()).links();
            return new RelationshipPage(query.id(), query.type(), query.direction(), query.asOf(), total, query.offset(),
                    query.limit(), links);
        });
    }

    /**
     * Shares {@code limit} out among groups of these sizes: every group gets an equal share, and
     * what a small group does not use goes to the larger ones. A hub's answer so holds a few of
     * each kind of relationship, and a small entity's holds all of them.
     */
    static int[] quotas(long[] counts, int limit) {
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> counts[i]));
        int[] quotas = new int[counts.length];
        long left = limit;
        for (int k = 0; k < order.length; k++) {
            long share = left / (order.length - k);
            quotas[order[k]] = (int) Math.min(counts[order[k]], share);
            left -= quotas[order[k]];
        }
        return quotas;
    }

    /** Relationships of one type and direction: a page in order, or a sample of the first found. */
    private record Page(String type, String direction, int offset, int limit, boolean sample) {
    }

    /**
     * The relationships of the pages asked (a query each: Cypher's LIMIT takes no per-row value),
     * with their sources and those of {@code otherSources}, looked up in one query.
     */
    private static Shown links(GraphReader.Reader tx, String id, String asOf, List<Page> pages,
                               List<String> otherSources) {
        List<Relationship> relationships = new ArrayList<>();
        List<Node> others = new ArrayList<>();
        List<String> directions = new ArrayList<>();
        for (Page page : pages) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("id", id);
            parameters.put("type", page.type());
            parameters.put("direction", page.direction());
            parameters.put("limit", page.limit());
            parameters.put("asOf", asOf);
            if (!page.sample()) {
                parameters.put("offset", page.offset());
            }
            String query = page.sample() ? "entities/relationships-sample.cypher" : "entities/relationships.cypher";
            for (Record link : tx.run(query, parameters)) {
                relationships.add(link.get("relationship").asRelationship());
                others.add(link.get("other").asNode());
                directions.add(page.direction());
            }
        }
        FactViews facts = FactViews.resolve(tx, relationships, others, otherSources);
        List<LinkView> views = new ArrayList<>();
        for (int i = 0; i < relationships.size(); i++) {
            FactView fact = facts.view(relationships.get(i));
            views.add(new LinkView(fact.id(), fact.type(), directions.get(i), FactViews.node(others.get(i)),
                    fact.properties(), fact.sources()));
        }
        return new Shown(views, facts);
    }

    private record Shown(List<LinkView> links, FactViews facts) {
    }

    public Subgraph neighbourhood(NeighbourhoodQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", query.id());
        parameters.put("depth", query.depth());
        parameters.put("relationshipFilter", query.types() == null ? "" : String.join("|", query.types()));
        parameters.put("limit", query.limit());
        parameters.put("maxRelationships", query.maxRelationships());
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
            return new Subgraph(query.id(), query.depth(), nodeViews, records.get(0).get("relationshipCount").asLong(),
                    relationships.stream().map(facts::view).toList());
        });
    }

    private static List<String> iterate(Iterable<String> labels) {
        List<String> list = new ArrayList<>();
        labels.forEach(list::add);
        return list;
    }
}
