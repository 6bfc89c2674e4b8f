package io.lodestone.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lodestone.graph.CypherFiles;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user could run instead of the API: the service's own query files over Bolt with the Java
 * driver, in read transactions with the service's timeout, and only as much Java as is needed to
 * pass one query's ids to the next. The difference to the API is the service's own work: JSON,
 * its calculations and the shaping of answers.
 */
final class RawQueries {

    private static final SessionConfig READ = SessionConfig.builder().withDatabase("neo4j")
            .withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final CypherFiles cypher;
    private final TransactionConfig config;

    private static final JsonMapper CYPHER_LITERALS = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES).build();

    RawQueries(Driver driver, CypherFiles cypher, Duration timeout) {
        this.driver = driver;
        this.cypher = cypher;
        this.config = TransactionConfig.builder().withTimeout(timeout).build();
    }

    <T> T read(Function<TransactionContext, T> work) {
        try (Session session = driver.session(READ)) {
            return session.executeRead(work::apply, config);
        }
    }

    List<Record> run(TransactionContext tx, String file, Map<String, Object> parameters) {
        return tx.run(cypher.get(file), parameters).list();
    }

    /** cypher/paths/shortest.cypher, the one query /api/paths runs when a path exists. */
    int shortestPaths(String from, String to, int maxHops) {
        return read(tx -> run(tx, "paths/shortest.cypher", pathParameters(from, to, maxHops))).size();
    }

    /** The queries /api/dependencies runs, in one read transaction as the service does. */
    int dependencies(String actor, String resource) {
        return read(tx -> {
            Set<String> firms = new LinkedHashSet<>();
            List<Record> all = actorImportsAndResource(tx, actor, resource, firms);
            all.addAll(run(tx, "analytics/supply-chains.cypher",
                    Map.of("actor", actor, "resource", resource, "limit", fileDefault("analytics/supply-chains.cypher", "limit"))));
            all.addAll(headquarters(tx, firms));
            sources(tx, all);
            return all.size();
        });
    }

    /** The queries /api/influence runs for a target and a resource, in one read transaction. */
    int influence(String target, String resource) {
        return read(tx -> {
            Set<String> firms = new LinkedHashSet<>();
            List<Record> all = actorImportsAndResource(tx, target, resource, firms);
            String file = "analytics/influence-ties.cypher";
            Map<String, Object> parameters = new HashMap<>();
            for (String name : List.of("channels", "confidence", "listed", "terms", "facts")) {
                parameters.put(name, fileDefault(file, name));
            }
            parameters.put("target", target);
            parameters.put("resource", resource);
            parameters.put("asOf", null);
            // the suppliers and producers, listed whatever their tie score, as the service does
            parameters.put("named", List.copyOf(firms));
            Record ties = run(tx, file, parameters).get(0);
            ties.get("listed").values().forEach(actor -> firms.add(actor.get("actor").get("id").asString()));
            all.add(ties);
            all.addAll(headquarters(tx, firms));
            sources(tx, all);
            return all.size();
        });
    }

    /** A write outside the entities (cypher/bench/mark-write.cypher): nothing the service kept stays good. */
    void moveGraphVersion() {
        write("bench/mark-write.cypher", Map.of("at", System.nanoTime()));
    }

    /** Removes what {@link #moveGraphVersion} wrote. */
    void unmark() {
        write("bench/unmark.cypher", Map.of());
    }

    private void write(String file, Map<String, Object> parameters) {
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get(file), parameters).consume(), config);
        }
    }

    /** GDS called directly: project the actor network, stream PageRank, drop the projection. */
    int pageRank(int limit) {
        String graphName = "bench-" + UUID.randomUUID();
        read(tx -> run(tx, "analytics/project-actor-graph.cypher", Map.of("graphName", graphName, "label", "Actor")));
        try {
            return read(tx -> run(tx, "analytics/pagerank.cypher", Map.of("graphName", graphName, "limit", limit))).size();
        } finally {
            read(tx -> run(tx, "analytics/drop-graph.cypher", Map.of("graphName", graphName)));
        }
    }

    /**
     * What both analytics answers read first, in the service's order: the actor, its import facts for the
     * resource, and the resource's production and restrictions; suppliers and producers are added to {@code firms}.
     */
    private List<Record> actorImportsAndResource(TransactionContext tx, String actor, String resource, Set<String> firms) {
        List<Record> all = new ArrayList<>(run(tx, "entities/entity-refs.cypher", Map.of("ids", List.of(actor))));
        Map<String, Object> shares = new HashMap<>();
        shares.put("actor", actor);
        shares.put("resource", resource);
        shares.put("asOf", null);
        shares.put("facts", fileDefault("analytics/import-shares.cypher", "facts"));
        shares.put("confidence", fileDefault("analytics/import-shares.cypher", "confidence"));
        List<Record> imports = run(tx, "analytics/import-shares.cypher", shares);
        imports.forEach(r -> firms.add(r.get("supplier").get("id").asString()));
        all.addAll(imports);
        // the competing figures the answer names besides the ones used
        Set<String> used = new LinkedHashSet<>();
        Map<String, String> named = new LinkedHashMap<>();
        imports.forEach(r -> {
            used.add(r.get("fact").get("id").asString());
            name(named, r.get("factIds"), r.get("factElementIds"));
        });
        named.keySet().removeAll(used);
        all.addAll(namedFacts(tx, named));
        all.addAll(resourceFacts(tx, resource, firms));
        return all;
    }

    private List<Record> resourceFacts(TransactionContext tx, String resource, Set<String> firms) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("resource", resource);
        parameters.put("asOf", null);
        parameters.put("facts", fileDefault("analytics/production-shares.cypher", "facts"));
        parameters.put("confidence", fileDefault("analytics/production-shares.cypher", "confidence"));
        List<Record> production = run(tx, "analytics/production-shares.cypher", parameters);
        Set<String> used = new LinkedHashSet<>();
        Map<String, String> named = new LinkedHashMap<>();
        production.forEach(r -> r.get("production").values().forEach(row -> {
            firms.add(row.get("producer").asNode().get("id").asString());
            used.add(row.get("fact").asRelationship().get("id").asString());
            name(named, row.get("figureIds"), row.get("figureElementIds"));
        }));
        List<Record> all = new ArrayList<>(production);
        // the competing figures the answer names (the service: only those of the producers it lists)
        named.keySet().removeAll(used);
        all.addAll(namedFacts(tx, named));
        all.addAll(run(tx, "analytics/restrictions.cypher", Map.of("resource", resource)));
        return all;
    }

    private static void name(Map<String, String> named, Value ids, Value elementIds) {
        for (int i = 0; i < ids.size(); i++) {
            named.put(ids.get(i).asString(), elementIds.get(i).asString());
        }
    }

    /** @param named fact id → element id */
    private List<Record> namedFacts(TransactionContext tx, Map<String, String> named) {
        return named.isEmpty() ? List.of() : run(tx, "analytics/named-facts.cypher",
                Map.of("elementIds", List.copyOf(named.values()), "ids", List.copyOf(named.keySet())));
    }

    private List<Record> headquarters(TransactionContext tx, Set<String> firms) {
        List<String> ids = firms.stream().filter(id -> id.startsWith("firm:")).toList();
        return ids.isEmpty() ? List.of() : run(tx, "analytics/headquarters.cypher", Map.of("ids", ids));
    }

    /** Looks up the documents that the returned facts and entities cite, as every answer shows them. */
    private void sources(TransactionContext tx, List<Record> records) {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(r -> r.values().forEach(v -> collectSources(v, ids)));
        if (!ids.isEmpty()) {
            run(tx, "sources/by-ids.cypher", Map.of("ids", List.copyOf(ids)));
        }
    }

    private static void collectSources(Value value, Set<String> ids) {
        switch (value.type().name()) {
            case "NODE" -> addSources(value.asNode().get("sources"), ids);
            case "RELATIONSHIP" -> addSources(value.asRelationship().get("sources"), ids);
            case "LIST" -> value.values().forEach(v -> collectSources(v, ids));
            case "MAP" -> value.values().forEach(v -> collectSources(v, ids));
            case "PATH" -> {
                value.asPath().nodes().forEach((Node n) -> addSources(n.get("sources"), ids));
                value.asPath().relationships().forEach((Relationship r) -> addSources(r.get("sources"), ids));
            }
            default -> {
            }
        }
    }

    private static void addSources(Value sources, Set<String> ids) {
        if (!sources.isNull()) {
            sources.values().forEach(v -> ids.add(v.asString()));
        }
    }

    /**
     * A parameter's value as the query file's {@code // :param name => value} line gives it: the
     * service's default (supply chains per kind, the influence channels, facts per hop), which a
     * Browser user running the file gets too. Only the literals those lines use: a number, a list of
     * quoted strings, or a map of those.
     */
    Object fileDefault(String file, String name) {
        Matcher line = Pattern.compile("^// :param " + name + " => (.+?)\\s*(\\(.*)?$", Pattern.MULTILINE)
                .matcher(cypher.get(file));
        if (!line.find()) {
            throw new IllegalStateException("cypher/" + file + " has no :param line for " + name);
        }
        // Cypher's literals are JSON with single quotes and unquoted keys allowed
        return CYPHER_LITERALS.readValue(line.group(1).strip(), Object.class);
    }

    Map<String, Object> pathParameters(String from, String to, int maxHops) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("maxHops", maxHops);
        parameters.put("types", null);
        parameters.put("asOf", null);
        parameters.put("factsPerHop", fileDefault("paths/shortest.cypher", "factsPerHop"));
        parameters.put("limit", 10);
        return parameters;
    }
}
