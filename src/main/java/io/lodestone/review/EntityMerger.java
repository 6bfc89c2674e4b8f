package io.lodestone.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.lodestone.audit.AuditLog;
import io.lodestone.graph.CypherFiles;
import io.lodestone.graph.GraphChangedEvent;
import io.lodestone.importing.ImportFiles;
import io.lodestone.problem.ConflictException;
import io.lodestone.problem.InvalidParameterException;
import io.lodestone.problem.NotFoundException;
import io.lodestone.security.Editor;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Merges an entity into another found to be the same. The files first: relationships.csv (the
 * merged entity's facts now start or end at the survivor, or name it as their resource; same ids,
 * evidence and sources), then the node file (the merged entity's row gone, its name and aliases
 * aliases of the survivor, its sources added), validated together before either is replaced; then
 * the merge record; then the graph in one transaction. relationships.csv goes first so that a crash
 * between the two files leaves valid files, and a repeated merge completes what a crash cut short:
 * the facts to write again at the survivor are read from the graph, their rows from the files.
 */
@Service
class EntityMerger {

    private static final int MAX_ID = 300;
    private static final int MAX_LISTED = 10;

    private final Driver driver;
    private final CypherFiles cypher;
    private final String database;
    private final ImportFiles files;
    private final Merges merges;
    private final ReviewWrites writes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    EntityMerger(Driver driver, CypherFiles cypher, @Value("${spring.data.neo4j.database:neo4j}") String database,
                 ImportFiles files, Merges merges, ReviewWrites writes, AuditLog audit, ApplicationEventPublisher events) {
        this.driver = driver;
        this.cypher = cypher;
        this.database = database;
        this.files = files;
        this.merges = merges;
        this.writes = writes;
        this.audit = audit;
        this.events = events;
    }

    Merge merge(String from, MergeRequest request, Editor editor) {
        String into = request == null ? null : request.into();
        if (into == null || into.isBlank()) {
            throw new InvalidCorrectionException("into", "Name the entity to merge " + from + " into: {\"into\": \"firm:...\"}.");
        }
        String kind = kind("id", from);
        String intoKind = kind("into", into);
        if (!kind.equals(intoKind)) {
            throw new InvalidCorrectionException("into", "Only entities of one kind can be merged; " + from + " is a " + kind
                    + ", " + into + " a " + intoKind + ".");
        }
        if (from.equals(into)) {
            throw new InvalidCorrectionException("into", "An entity cannot be merged into itself (" + from + ").");
        }
        boolean dropBetween = request.dropFactsBetween() != null && request.dropFactsBetween();
        return writes.merge(() -> write(from, into, kind, dropBetween, editor));
    }

    private Merge write(String from, String into, String kind, boolean dropBetween, Editor editor) {
        Merge merge;
        Map<String, Object> before = new LinkedHashMap<>();
        try (Session session = driver.session(SessionConfig.forDatabase(database));
             Transaction tx = session.beginTransaction(TransactionConfig.builder()
                     .withMetadata(Map.of("app", "lodestone-merge")).build())) {
            Map<String, Record> entities = new LinkedHashMap<>();
            tx.run(cypher.get("review/merge-entities.cypher"), Map.of("from", from, "into", into))
                    .forEachRemaining(r -> entities.put(r.get("id").asString(), r));
            if (!entities.containsKey(into)) {
                throw new NotFoundException("No entity " + into + " to merge into; find ids with GET /api/search?q=...");
            }
            Record merged = entities.get(from);
            if (merged == null) {
                Optional<Merge> done = merges.of(from);
                if (done.isPresent() && done.get().into().equals(into)) {
                    return done.get(); // repeated: the merge was done and acknowledged before
                }
                if (done.isPresent()) {
                    throw new ConflictException(from + " was merged into " + done.get().into() + " by " + done.get().who()
                            + " at " + done.get().at() + ".");
                }
                throw new NotFoundException("No entity " + from + "; find ids with GET /api/search?q=...");
            }
            String nodeFile = ImportFiles.nodeFile(kind).orElseThrow();
            List<Map<String, String>> facts = files.rows(ImportFiles.RELATIONSHIPS);
            List<Map<String, String>> between = facts.stream()
                    .filter(f -> Set.of(from, into).equals(Set.of(f.get("start"), f.get("end")))).toList();
            if (!between.isEmpty() && !dropBetween) {
                throw new ConflictException(between.size() + " facts link " + from + " and " + into + " ("
                        + between.stream().limit(MAX_LISTED).map(f -> f.get("id") + " " + f.get("type")).collect(Collectors.joining(", "))
                        + "): merged, each would link an entity with itself. Merge with \"dropFactsBetween\": true to drop them"
                        + " (they are kept in the merge record), or correct the files first.");
            }
            Map<String, String> mergedRow = files.row(nodeFile, from).orElse(Map.of());
            Map<String, String> survivorRow = files.row(nodeFile, into).orElseThrow(() -> new ConflictException(
                    into + " is in the graph but not in " + nodeFile + "; re-import the files first."));
            List<String> aliases = new ArrayList<>();
            aliases.add(merged.get("name").asString());
            aliases.addAll(merged.get("aliases").asList(v -> v.asString(), List.of()));
            Map<String, String> survivor = survivorOf(survivorRow, mergedRow, aliases);
            before.put("entity", mergedRow);
            before.put("into", survivorRow);
            before.put("facts", facts.stream().filter(f -> names(f, from)).toList());

            Set<String> moved = new LinkedHashSet<>(merged.get("facts").asList(v -> v.asString(), List.of()));
            facts.stream().filter(f -> names(f, from)).forEach(f -> moved.add(f.get("id")));
            between.forEach(f -> moved.remove(f.get("id")));
            Map<String, UnaryOperator<Map<String, String>>> changes = new LinkedHashMap<>();
            changes.put(ImportFiles.RELATIONSHIPS, row -> between.contains(row) ? null : repoint(row, from, into));
            changes.put(nodeFile, row -> from.equals(row.get("id")) ? null : into.equals(row.get("id")) ? survivor : row);
            files.rewrite(changes);

            List<String> gained = aliases.stream()
                    .filter(a -> !a.equals(survivorRow.get("name")) && !list(survivorRow.get("aliases")).contains(a)).toList();
            merge = new Merge(from, into, editor.name(), Instant.now(clock).toString(), mergedRow, gained,
                    List.copyOf(moved), between);
            if (merges.of(from).isEmpty()) {
                merges.append(merge);
            } else {
                merge = merges.of(from).get();
            }

            Map<String, Map<String, String>> rows = files.rows(ImportFiles.RELATIONSHIPS).stream()
                    .filter(f -> moved.contains(f.get("id"))).collect(Collectors.toMap(f -> f.get("id"), f -> f));
            for (Map<String, String> row : rows.values()) {
                tx.run(cypher.get("review/fact.cypher"), Map.of("row", row)).consume();
            }
            tx.run(cypher.get("review/merge-delete.cypher"), Map.of("from", from, "into", into)).consume();
            tx.run(cypher.get("review/entity.cypher"), Map.of("labels", ImportFiles.labels(kind).orElseThrow(),
                    "row", files.row(nodeFile, into).orElseThrow())).consume();
            tx.run(cypher.get("review/candidates-of-entity.cypher"),
                    Map.of("from", from, "into", into, "name", survivor.get("name"))).consume();
            // Only the moved facts changed: derive their resource edges alone, not the whole graph's.
            List<Map<String, String>> changed = rows.values().stream()
                    .map(row -> Map.of("id", row.get("id"), "start", row.get("start"))).toList();
            tx.run(cypher.get("import/involves.cypher"), Map.of("facts", changed)).consume();
            tx.commit();
        }
        events.publishEvent(new GraphChangedEvent());
        audit.append(editor.name(), "merge", from, before, merge);
        return merge;
    }

    /** The survivor's row: its own values, the merged entity's names as aliases and its sources added. */
    private static Map<String, String> survivorOf(Map<String, String> survivor, Map<String, String> merged, List<String> names) {
        Map<String, String> row = new LinkedHashMap<>(survivor);
        Set<String> aliases = new LinkedHashSet<>(list(survivor.get("aliases")));
        names.stream().filter(name -> !name.equals(survivor.get("name"))).forEach(aliases::add);
        putList(row, "aliases", aliases);
        Set<String> sources = new LinkedHashSet<>(list(survivor.get("sources")));
        sources.addAll(list(merged.get("sources")));
        putList(row, "sources", sources);
        if (!row.containsKey("description") && merged.containsKey("description")) {
            row.put("description", merged.get("description"));
        }
        return row;
    }

    private static boolean names(Map<String, String> fact, String id) {
        return id.equals(fact.get("start")) || id.equals(fact.get("end")) || id.equals(fact.get("resource"));
    }

    private static Map<String, String> repoint(Map<String, String> row, String from, String into) {
        for (String column : List.of("start", "end", "resource")) {
            if (from.equals(row.get(column))) {
                row.put(column, into);
            }
        }
        return row;
    }

    private static List<String> list(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split(";"));
    }

    private static void putList(Map<String, String> row, String column, Set<String> values) {
        if (values.isEmpty()) {
            row.remove(column);
        } else {
            row.put(column, String.join(";", values));
        }
    }

    private static String kind(String field, String id) {
        var matcher = ReviewService.ENTITY_ID.matcher(id);
        if (id.length() > MAX_ID || !matcher.matches()) {
            throw new InvalidCorrectionException(field, "'" + field + "' must be an entity id such as firm:asml, was "
                    + InvalidParameterException.quote(id) + ".");
        }
        return matcher.group(1);
    }
}
