package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.lodestone.graph.FactProperties;
import io.lodestone.graph.FactViews;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.NodeView;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/** Reads the facts the calculations need, with the query files of cypher/analytics/. */
final class AnalyticsRepository {

    private final GraphReader.Reader tx;
    private final ReadCache.Reads kept;

    AnalyticsRepository(GraphReader.Reader tx) {
        this(tx, ReadCache.Reads.UNKEPT);
    }

    /** @param kept reads shared between answers at this version of the graph, or to keep (ReadCache) */
    AnalyticsRepository(GraphReader.Reader tx, ReadCache.Reads kept) {
        this.tx = tx;
        this.kept = kept;
    }

    /**
     * The figures a resource's concentration is computed from, chosen in the query: the world total and,
     * per producing country, the figure used (or one fact when it has no comparable figure), with the ids
     * of its first {@code facts} competing figures and the counts.
     *
     * @param asOf only the facts valid on this ISO date, or all when null
     * @return null when no resource has that id
     */
    ResourceFacts production(String resource, String asOf, int facts) {
        return kept.production(resource, asOf, facts, () -> readProduction(resource, asOf, facts));
    }

    private ResourceFacts readProduction(String resource, String asOf, int facts) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("resource", resource);
        parameters.put("asOf", asOf);
        parameters.put("confidence", Fact.confidenceWeights());
        parameters.put("facts", facts);
        List<Record> records = tx.run("analytics/production-shares.cypher", parameters);
        if (records.isEmpty()) {
            return null;
        }
        Record record = records.get(0);
        Node resourceNode = record.get("resource").asNode();
        List<Fact> production = new ArrayList<>();
        Map<String, ProductionFigures> figures = new java.util.HashMap<>();
        int read = 0;
        if (!record.get("total").isNull()) {
            production.add(fact(record.get("total").asRelationship(), record.get("world").asNode(), resourceNode));
            read++;
        }
        for (Value row : record.get("production").values()) {
            Fact fact = fact(row.get("fact").asRelationship(), row.get("producer").asNode(), resourceNode);
            production.add(fact);
            figures.put(fact.id(), new ProductionFigures(row.get("figureIds").asList(Value::asString),
                    row.get("figureElementIds").asList(Value::asString), row.get("figureCount").asInt(), row.get("factCount").asInt()));
            read += row.get("factCount").asInt();
        }
        // kept and shared between answers (ReadCache): nobody may change them
        return new ResourceFacts(FactViews.node(resourceNode), Collections.unmodifiableList(production),
                Collections.unmodifiableMap(figures), read);
    }

    /** Export restrictions on a resource, each with its scope (empty: applies to everyone). */
    List<Restriction> restrictions(String resource) {
        return kept.restrictions(resource, () -> tx.run("analytics/restrictions.cypher", Map.of("resource", resource)).stream()
                .map(r -> new Restriction(stored(r.get("fact").asRelationship(), FactViews.node(r.get("restrictor").asNode()),
                        new NodeView(resource, null, null)), r.get("scope").asList(Value::asString)))
                .toList());
    }

    /**
     * An actor's import reliance per resource and supplier, chosen in the query: the fact whose figure is
     * used, the ids of its first {@code facts} facts (that one first) and how many there are.
     *
     * @param resource only the facts about this resource, or all when null
     * @param asOf     only the facts valid on this ISO date, or all when null
     */
    List<ImportShare> importShares(NodeView actor, String resource, String asOf, int facts) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("actor", actor.id());
        parameters.put("resource", resource);
        parameters.put("asOf", asOf);
        parameters.put("confidence", Fact.confidenceWeights());
        parameters.put("facts", facts);
        return tx.run("analytics/import-shares.cypher", parameters).stream()
                .map(r -> new ImportShare(partial(r.get("fact"), actor, node(r.get("supplier"))),
                        r.get("factIds").asList(Value::asString), r.get("factElementIds").asList(Value::asString),
                        r.get("factCount").asInt()))
                .toList();
    }

    /**
     * What an actor's imports weigh in influence over it, summed in the query (see supply-terms.cypher).
     *
     * @param asOf  only the facts valid on this ISO date, or all when null
     * @param terms supply terms listed per supplier, the largest shares first
     * @param facts fact ids named per term
     */
    Supply supply(NodeView actor, String asOf, int terms, int facts) {
        return kept.supply(actor.id(), asOf, terms, facts, () -> readSupply(actor, asOf, terms, facts));
    }

    private Supply readSupply(NodeView actor, String asOf, int terms, int facts) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("actor", actor.id());
        parameters.put("asOf", asOf);
        parameters.put("confidence", Fact.confidenceWeights());
        parameters.put("terms", terms);
        parameters.put("facts", facts);
        Record record = tx.run("analytics/supply-terms.cypher", parameters).get(0);
        Map<String, Double> known = new java.util.LinkedHashMap<>();
        record.get("resources").values().forEach(r -> known.put(r.get("resource").asString(), r.get("known").asDouble()));
        List<SupplierTerms> suppliers = record.get("suppliers").asList(row -> {
            NodeView supplier = node(row.get("supplier"));
            List<ImportShare> shares = row.get("terms").asList(t -> new ImportShare(partial(t.get("fact"), actor, supplier),
                    t.get("factIds").asList(Value::asString), t.get("factElementIds").asList(Value::asString), t.get("factCount").asInt()));
            return new SupplierTerms(supplier, List.copyOf(shares), row.get("termCount").asInt() - shares.size(),
                    row.get("score").asDouble() - shares.stream().mapToDouble(s -> s.fact().properties().share()).sum());
        });
        // kept and shared between answers (ReadCache): nobody may change them
        return new Supply(Collections.unmodifiableMap(known), List.copyOf(suppliers));
    }

    /**
     * Facts an answer names besides the ones read (a term's competing figures), by their element ids.
     *
     * @param elementIds fact id → element id, as the queries returned them
     */
    List<Fact> namedFacts(Map<String, String> elementIds) {
        return tx.run("analytics/named-facts.cypher", Map.of("elementIds", List.copyOf(elementIds.values()),
                        "ids", List.copyOf(elementIds.keySet()))).stream()
                .map(r -> fact(r.get("fact").asRelationship(), r.get("start").asNode(), r.get("end").asNode()))
                .toList();
    }

    /** @param limit at most this many chains of each kind */
    List<Chain> supplyChains(String actor, String resource, int limit) {
        List<Chain> chains = new ArrayList<>();
        for (Record record : tx.run("analytics/supply-chains.cypher", Map.of("actor", actor, "resource", resource, "limit", limit))) {
            List<Node> nodes = record.get("nodes").asList(Value::asNode);
            Map<String, Node> byElementId = new java.util.HashMap<>();
            nodes.forEach(n -> byElementId.put(n.elementId(), n));
            List<Fact> facts = record.get("relationships").asList(Value::asRelationship).stream()
                    .map(r -> fact(r, byElementId.get(r.startNodeElementId()), byElementId.get(r.endNodeElementId())))
                    .toList();
            chains.add(new Chain(record.get("kind").asString(), nodes.stream().map(FactViews::node).toList(), facts));
        }
        return chains;
    }

    /**
     * The ties that give actors leverage over a target, scored in the query (see influence-ties.cypher):
     * the actors with the highest tie scores and the named ones each with its largest ties, the others
     * summed per country they are headquartered in.
     *
     * @param channels  relationship type → {weight, actorEnd} ({@link Influence.Channel#parameters()})
     * @param resource  only ties about this resource, or all when null
     * @param asOf      only the facts valid on this ISO date, or all when null
     * @param named     actors listed whatever their tie score (they rank on other terms too)
     * @param listed    how many of the actors with the highest tie scores are listed
     * @param terms     ties listed per actor, and firms per country
     * @param facts     facts named per tie
     */
    Ties ties(String target, Map<String, Object> channels, String resource, String asOf, java.util.Collection<String> named,
              int listed, int terms, int facts) {
        return kept.ties(target, channels, resource, asOf, named, listed, terms, facts,
                () -> readTies(target, channels, resource, asOf, named, listed, terms, facts));
    }

    private Ties readTies(String target, Map<String, Object> channels, String resource, String asOf, java.util.Collection<String> named,
                          int listed, int terms, int facts) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("target", target);
        parameters.put("channels", channels);
        parameters.put("confidence", Fact.confidenceWeights());
        parameters.put("resource", resource);
        parameters.put("asOf", asOf);
        parameters.put("named", List.copyOf(named));
        parameters.put("listed", listed);
        parameters.put("terms", terms);
        parameters.put("facts", facts);
        Record record = tx.run("analytics/influence-ties.cypher", parameters).get(0);
        List<TiedActor> actors = record.get("listed").asList(row -> {
            NodeView actor = node(row.get("actor"));
            List<Tie> ties = row.get("terms").asList(term -> {
                NodeView counterpart = node(term.get("counterpart"));
                List<Fact> read = term.get("facts").asList(f -> f.get("actorIsStart").asBoolean()
                        ? partial(f, actor, counterpart) : partial(f, counterpart, actor));
                return new Tie(term.get("channel").asString(), counterpart, term.get("contribution").asDouble(), read,
                        term.get("factCount").asInt());
            });
            double score = row.get("score").asDouble();
            return new TiedActor(actor, ties, row.get("termCount").asInt() - ties.size(),
                    score - ties.stream().mapToDouble(Tie::contribution).sum());
        });
        List<RolledUp> rolledUp = record.get("rolledUp").asList(row -> {
            NodeView country = node(row.get("country"));
            List<FirmScore> firms = row.get("top").asList(top -> {
                NodeView firm = node(top.get("firm"));
                return new FirmScore(firm, top.get("score").asDouble(), top.get("facts").asList(f -> partial(f, firm, country)));
            });
            return new RolledUp(country, firms, row.get("firms").asInt() - firms.size(),
                    row.get("score").asDouble() - firms.stream().mapToDouble(FirmScore::score).sum());
        });
        // kept and shared between answers (ReadCache): nobody may change them
        return new Ties(List.copyOf(actors), List.copyOf(rolledUp));
    }

    /** Firm id → the facts that say where it is headquartered. */
    Map<String, List<Fact>> headquarters(List<String> firms) {
        Map<String, List<Fact>> result = new java.util.HashMap<>();
        for (Record r : tx.run("analytics/headquarters.cypher", Map.of("ids", firms))) {
            Fact fact = partial(r.get("fact"), new NodeView(r.get("firm").asString(), null, "Firm"), node(r.get("country")));
            result.computeIfAbsent(r.get("firm").asString(), k -> new ArrayList<>()).add(fact);
        }
        return result;
    }

    /** All the properties of facts read in part ({@link Fact#elementId()}), by element id. */
    Map<String, FactProperties> properties(java.util.Collection<String> elementIds) {
        Map<String, FactProperties> properties = new java.util.HashMap<>();
        for (Record r : tx.run("analytics/facts.cypher", Map.of("elementIds", List.copyOf(elementIds)))) {
            Relationship relationship = r.get("fact").asRelationship();
            properties.put(relationship.elementId(), FactProperties.of(relationship));
        }
        return properties;
    }

    /** A fact read as a map of the properties the calculations use, with its type and element id (see the query files). */
    private static Fact partial(Value fact, NodeView start, NodeView end) {
        return new Fact(fact.get("id").asString(null), fact.get("type").asString(), start, end, FactProperties.of(fact),
                fact.get("elementId").asString());
    }

    /** An entity read as a map of its id, name and labels. */
    private static NodeView node(Value node) {
        return new NodeView(node.get("id").asString(null), node.get("name").asString(null),
                FactViews.type(node.get("labels").asList(Value::asString)));
    }

    private static Fact fact(Relationship relationship, Node start, Node end) {
        return stored(relationship, FactViews.node(start), FactViews.node(end));
    }

    private static Fact stored(Relationship relationship, NodeView start, NodeView end) {
        return new Fact(relationship.get("id").asString(null), relationship.type(), start, end, FactProperties.of(relationship));
    }

    /**
     * @param production one fact per producing country (the figure used) and the world total
     * @param figures    by the id of a producer's fact in {@code production}: its competing figures
     * @param factsRead  how many production facts the query weighed
     */
    record ResourceFacts(NodeView resource, List<Fact> production, Map<String, ProductionFigures> figures, int factsRead) {
    }

    /**
     * @param figureIds        the first facts with a figure comparable to world output, the one used first
     * @param figureElementIds their element ids, in the same order (to read those an answer names)
     * @param figureCount      how many such facts there are
     * @param factCount        how many production facts the producer has for the resource
     */
    record ProductionFigures(List<String> figureIds, List<String> figureElementIds, int figureCount, int factCount) {
    }

    /**
     * @param fact           the import fact whose figure is used for its (resource, supplier)
     * @param factIds        the first facts of that (resource, supplier), {@code fact} first
     * @param factElementIds their element ids, in the same order (to read those an answer names)
     * @param factCount      how many facts there are
     */
    record ImportShare(Fact fact, List<String> factIds, List<String> factElementIds, int factCount) {
    }

    /**
     * @param known     resource → the sum of its suppliers' import shares (0 when none has a figure)
     * @param suppliers the suppliers with a share, each with its largest
     */
    record Supply(Map<String, Double> known, List<SupplierTerms> suppliers) {
    }

    /**
     * @param shares     its largest import shares, one per resource
     * @param otherTerms how many more resources it supplies with a share
     * @param otherShare their summed shares
     */
    record SupplierTerms(NodeView supplier, List<ImportShare> shares, int otherTerms, double otherShare) {
    }

    record Restriction(Fact fact, List<String> scope) {

        boolean appliesTo(String target) {
            return scope.isEmpty() || scope.contains(target);
        }

        /** A ban cuts supply off; licensing and other controls are taken to cut half of it. */
        double severity() {
            String activity = String.valueOf(fact.properties().activity()).toLowerCase();
            return activity.contains("ban") ? 1.0 : 0.5;
        }
    }

    record Chain(String kind, List<NodeView> nodes, List<Fact> facts) {
    }

    /**
     * @param listed   the actors with the highest tie scores and the named ones
     * @param rolledUp the other actors, summed per country they are headquartered in
     */
    record Ties(List<TiedActor> listed, List<RolledUp> rolledUp) {

        static final Ties NONE = new Ties(List.of(), List.of());
    }

    /**
     * @param ties        its largest ties
     * @param otherTies   how many more it has
     * @param otherScore  their summed contribution
     */
    record TiedActor(NodeView actor, List<Tie> ties, int otherTies, double otherScore) {
    }

    /**
     * One term: an actor's ties of one channel to one counterpart.
     *
     * @param facts     the first facts, the most confident (the one counted) first
     * @param factCount how many there are
     */
    record Tie(String channel, NodeView counterpart, double contribution, List<Fact> facts, int factCount) {
    }

    /**
     * The actors not listed that are headquartered in a country.
     *
     * @param firms      the ones with the highest tie scores
     * @param otherFirms how many more there are
     * @param otherScore their summed tie scores
     */
    record RolledUp(NodeView country, List<FirmScore> firms, int otherFirms, double otherScore) {
    }

    /** @param headquarters the facts that place the firm in the country */
    record FirmScore(NodeView firm, double score, List<Fact> headquarters) {
    }
}
