package io.lodestone.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.lodestone.audit.AuditLog;
import io.lodestone.candidates.CandidateView;
import io.lodestone.candidates.Candidates;
import io.lodestone.candidates.Decision;
import io.lodestone.candidates.Decisions;
import io.lodestone.candidates.RelationshipRule;
import io.lodestone.graph.CypherFiles;
import io.lodestone.graph.GraphChangedEvent;
import io.lodestone.importing.ImportFiles;
import io.lodestone.security.Editor;
import io.lodestone.problem.ConflictException;
import io.lodestone.problem.NotFoundException;
import io.lodestone.problem.InvalidParameterException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Accepts and rejects candidate facts. An accepted candidate becomes an ordinary fact: its rows go
 * to the import files first (entities, the document's source, the fact; each file replaced whole
 * and forced to disk), then the decision to the decisions file, then the graph, in one transaction
 * that holds the candidate's write lock from the start: of two reviewers deciding the same
 * candidate at once, the second waits and then finds it decided (409). Repeating an accept that a
 * crash cut short finds its rows already in the files and completes it.
 */
@Service
class ReviewService {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    static final Pattern ENTITY_ID = Pattern.compile("([a-z]+):([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Set<String> CONFIDENCE = Set.of("high", "medium", "low");
    private static final int MAX_TEXT = 300;

    private final Driver driver;
    private final CypherFiles cypher;
    private final String database;
    private final Candidates candidates;
    private final Decisions decisions;
    private final ImportFiles files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ReviewWrites writes;
    private final Clock clock = Clock.systemUTC();

    ReviewService(Driver driver, CypherFiles cypher, @org.springframework.beans.factory.annotation.Value("${spring.data.neo4j.database:neo4j}") String database,
                  Candidates candidates, Decisions decisions, ImportFiles files, AuditLog audit,
                  ApplicationEventPublisher events, ReviewWrites writes) {
        this.driver = driver;
        this.cypher = cypher;
        this.database = database;
        this.candidates = candidates;
        this.decisions = decisions;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.writes = writes;
    }

    CandidateView accept(String id, Correction correction, Editor editor) {
        return writes.accept(() -> acceptNow(id, correction, editor));
    }

    private CandidateView acceptNow(String id, Correction correction, Editor editor) {
        Correction change = correction == null ? Correction.NONE : correction;
        CandidateView before;
        try (Session session = driver.session(SessionConfig.forDatabase(database));
             Transaction tx = session.beginTransaction(TransactionConfig.builder()
                     .withMetadata(Map.of("app", "lodestone-review")).build())) {
            before = lockUndecided(tx, id);
            String at = Instant.now(clock).toString();
            Accepted accepted = resolve(tx, before, change, editor, at);
            // Files first: they are the truth a re-import rebuilds the graph from.
            Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
            accepted.newEntities().forEach(entity ->
                    rows.computeIfAbsent(ImportFiles.nodeFile(entity.kind()).orElseThrow(), f -> new ArrayList<>()).add(entity.row()));
            rows.put(ImportFiles.SOURCES, List.of(accepted.source()));
            rows.put(ImportFiles.RELATIONSHIPS, List.of(accepted.fact()));
            files.append(rows);
            decisions.append(new Decision(id, Decision.ACCEPTED, accepted.fact().get("id"), editor.name(), at, null));
            for (NewEntity entity : accepted.newEntities()) {
                tx.run(cypher.get("review/entity.cypher"),
                        Map.of("labels", ImportFiles.labels(entity.kind()).orElseThrow(), "row", entity.row())).consume();
            }
            tx.run(cypher.get("review/source.cypher"), Map.of("row", accepted.source())).consume();
            tx.run(cypher.get("review/fact.cypher"), Map.of("row", accepted.fact())).consume();
            tx.run(cypher.get("review/decide.cypher"), Map.of("id", id, "decision", decisionMap(
                    Decision.ACCEPTED, accepted.fact().get("id"), editor.name(), at, null))).consume();
            tx.commit();
        }
        events.publishEvent(new GraphChangedEvent());
        CandidateView after = candidates.find(id).orElseThrow();
        audit.append(editor.name(), "accept", id, before, after);
        return after;
    }

    CandidateView reject(String id, Rejection rejection, Editor editor) {
        String reason = rejection == null ? null : rejection.reason();
        if (reason != null && reason.length() > MAX_TEXT) {
            throw new InvalidCorrectionException("reason", "'reason' is " + reason.length() + " characters; at most " + MAX_TEXT + ".");
        }
        CandidateView before;
        try (Session session = driver.session(SessionConfig.forDatabase(database));
             Transaction tx = session.beginTransaction()) {
            before = lockUndecided(tx, id);
            String at = Instant.now(clock).toString();
            decisions.append(new Decision(id, Decision.REJECTED, null, editor.name(), at, reason));
            tx.run(cypher.get("review/decide.cypher"), Map.of("id", id,
                    "decision", decisionMap(Decision.REJECTED, null, editor.name(), at, reason))).consume();
            tx.commit();
        }
        CandidateView after = candidates.find(id).orElseThrow();
        audit.append(editor.name(), "reject", id, before, after);
        return after;
    }

    /** Locks the candidate for this transaction and checks that nobody decided it yet. */
    private CandidateView lockUndecided(Transaction tx, String id) {
        if (tx.run(cypher.get("review/lock.cypher"), Map.of("id", id)).list().isEmpty()) {
            throw new NotFoundException("No candidate fact " + InvalidParameterException.quote(id) + "; list them with GET /api/candidates.");
        }
        // Read after the lock: a reviewer who waited for it sees the other's decision.
        CandidateView candidate = CandidateView.of(tx.run(cypher.get("candidates/candidate.cypher"), Map.of("id", id)).single().get("candidate"));
        if (!"proposed".equals(candidate.status())) {
            throw new ConflictException("Candidate " + id + " was already " + candidate.status() + " by "
                    + candidate.decidedBy() + " at " + candidate.decidedAt() + ".");
        }
        Optional<Decision> filed = decisions.of(id);
        if (filed.isPresent()) {
            throw new ConflictException("Candidate " + id + " was already " + filed.get().decision() + " by "
                    + filed.get().who() + " at " + filed.get().at() + ".");
        }
        return candidate;
    }

    private record NewEntity(String kind, Map<String, String> row) {
    }

    private record Accepted(List<NewEntity> newEntities, Map<String, String> source, Map<String, String> fact) {
    }

    private Accepted resolve(Transaction tx, CandidateView candidate, Correction change, Editor editor, String at) {
        String sourceId = "source:" + candidate.document().replace(':', '-');
        List<NewEntity> created = new ArrayList<>();
        CandidateView.EndView first = candidate.start();
        CandidateView.EndView second = candidate.end();
        if (Boolean.TRUE.equals(change.reverse())) {
            CandidateView.EndView swap = first;
            first = second;
            second = swap;
        }
        String start = end(tx, "start", first, change.start(), sourceId, created);
        String end = end(tx, "end", second, change.end(), sourceId, created);
        if (start.equals(end)) {
            throw new InvalidCorrectionException("end", "A fact needs two different entities; both ends are " + start + ".");
        }
        String type = change.type() != null ? change.type() : candidate.type();
        if (type == null) {
            throw new InvalidCorrectionException("type", "This candidate has no type yet: choose one of relationship-types.csv,"
                    + " e.g. {\"type\": \"COOPERATES_WITH\"}.");
        }
        RelationshipRule rule = candidates.rules().stream().filter(r -> r.type().equals(type)).findFirst()
                .orElseThrow(() -> new InvalidCorrectionException("type", "Unknown relationship type " + InvalidParameterException.quote(type)
                        + "; relationship-types.csv lists the allowed ones."));
        String startKind = ENTITY_ID.matcher(start).matches() ? start.substring(0, start.indexOf(':')) : "";
        String endKind = end.substring(0, end.indexOf(':'));
        if (!rule.allows(Set.of(startKind), Set.of(endKind))) {
            throw new InvalidCorrectionException("type", type + " goes from " + String.join(";", rule.startKinds()) + " to "
                    + String.join(";", rule.endKinds()) + "; this candidate goes from a " + startKind + " to a " + endKind
                    + ". Choose another type, or reverse it with {\"reverse\": true}.");
        }
        Map<String, String> fact = new LinkedHashMap<>();
        fact.put("id", "fact:doc-" + candidate.id().substring(candidate.id().indexOf(':') + 1));
        fact.put("start", start);
        fact.put("type", type);
        fact.put("end", end);
        put(fact, "date", date("date", change.date() != null ? change.date() : change.validFrom() != null ? null : candidate.date()));
        put(fact, "validFrom", date("validFrom", change.validFrom()));
        put(fact, "validTo", date("validTo", change.validTo()));
        if (fact.containsKey("validFrom") && fact.containsKey("validTo") && fact.get("validFrom").compareTo(fact.get("validTo")) > 0) {
            throw new InvalidCorrectionException("validTo", "'validTo' is before 'validFrom'.");
        }
        if (change.year() != null) {
            if (change.year() < 1000 || change.year() > 2200) {
                throw new InvalidCorrectionException("year", "'year' must be between 1000 and 2200, was " + change.year() + ".");
            }
            fact.put("year", change.year().toString());
        }
        put(fact, "amount", plain(change.amount() != null ? change.amount()
                : candidate.amount() == null ? null : BigDecimal.valueOf(candidate.amount())));
        put(fact, "unit", text("unit", change.unit() != null ? change.unit() : candidate.unit()));
        put(fact, "valueText", text("valueText", change.valueText() != null ? change.valueText() : candidate.valueText()));
        put(fact, "share", fraction("share", change.share() != null ? change.share()
                : candidate.share() == null ? null : BigDecimal.valueOf(candidate.share())));
        put(fact, "shareOfWorld", fraction("shareOfWorld", change.shareOfWorld()));
        if (change.resource() != null) {
            String resource = existing(tx, "resource", change.resource());
            if (!resource.startsWith("mineral:") && !resource.startsWith("technology:")) {
                throw new InvalidCorrectionException("resource", "'resource' must be a mineral or technology id, was " + resource + ".");
            }
            fact.put("resource", resource);
        }
        put(fact, "activity", text("activity", change.activity()));
        put(fact, "level", text("level", change.level()));
        put(fact, "role", text("role", change.role()));
        put(fact, "status", text("status", change.status()));
        fact.put("sources", sourceId);
        fact.put("evidence", candidate.evidence());
        String confidence = change.confidence() != null ? change.confidence()
                : candidate.confidence() >= 0.7 ? "high" : candidate.confidence() >= 0.4 ? "medium" : "low";
        if (!CONFIDENCE.contains(confidence)) {
            throw new InvalidCorrectionException("confidence", "'confidence' must be high, medium or low, was "
                    + InvalidParameterException.quote(confidence) + ".");
        }
        fact.put("confidence", confidence);
        String note = "Accepted by " + editor.name() + " at " + at + " from " + candidate.id() + ".";
        fact.put("note", change.note() == null ? note : text("note", change.note()) + " " + note);
        fact.put("origin", documentFile(candidate.document()) + ":" + candidate.evidenceStart() + "-" + candidate.evidenceEnd());
        return new Accepted(created, source(tx, candidate.document(), sourceId), fact);
    }

    /** The id of one end: the candidate's entity, an existing one the reviewer names, or one the reviewer creates. */
    private String end(Transaction tx, String field, CandidateView.EndView proposed, Correction.End change, String sourceId,
                       List<NewEntity> created) {
        if (change == null || change.id() == null) {
            if (change != null && Boolean.TRUE.equals(change.create())) {
                throw new InvalidCorrectionException(field, "To create the " + field + " entity give its id, e.g. {\"" + field
                        + "\": {\"id\": \"firm:example\", \"name\": \"Example\", \"create\": true}}.");
            }
            if (proposed.id() == null) {
                throw new InvalidCorrectionException(field, "The " + field + " \"" + proposed.name() + "\" is not in the graph: map it"
                        + " to an entity with {\"" + field + "\": {\"id\": \"...\"}} or create it with {\"" + field
                        + "\": {\"id\": \"" + (proposed.kind() == null ? "firm" : proposed.kind()) + ":...\", \"create\": true}}.");
            }
            return proposed.id();
        }
        if (!Boolean.TRUE.equals(change.create())) {
            return existing(tx, field, change.id());
        }
        var matcher = ENTITY_ID.matcher(change.id());
        if (!matcher.matches() || ImportFiles.nodeFile(matcher.group(1)).isEmpty()) {
            throw new InvalidCorrectionException(field, "A new entity's id is kind:key with a kind of the import files"
                    + " (country, firm, person, institution, ...), was " + InvalidParameterException.quote(change.id()) + ".");
        }
        if (!tx.run(cypher.get("entities/entity-refs.cypher"), Map.of("ids", List.of(change.id()))).list().isEmpty()) {
            throw new ConflictException("The entity " + change.id() + " exists already; name it without \"create\".");
        }
        String name = change.name() != null ? change.name() : proposed.name();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", change.id());
        row.put("name", text(field + ".name", name));
        put(row, "description", text(field + ".description", change.description()));
        row.put("sources", sourceId);
        created.add(new NewEntity(matcher.group(1), row));
        return change.id();
    }

    private String existing(Transaction tx, String field, String id) {
        if (id.length() > MAX_TEXT || !ENTITY_ID.matcher(id).matches()) {
            throw new InvalidCorrectionException(field, "'" + field + "' must be an entity id such as country:VN, was "
                    + InvalidParameterException.quote(id) + ".");
        }
        if (tx.run(cypher.get("entities/entity-refs.cypher"), Map.of("ids", List.of(id))).list().isEmpty()) {
            throw new NotFoundException("No entity " + id + " (" + field + "); find ids with GET /api/search?q=...,"
                    + " or create it with \"create\": true.");
        }
        return id;
    }

    /** The document's row of sources.csv: the document as the source of the facts accepted from it. */
    private Map<String, String> source(Transaction tx, String documentId, String sourceId) {
        List<Record> found = tx.run(cypher.get("review/document.cypher"), Map.of("id", documentId)).list();
        Value document = found.isEmpty() ? null : found.get(0).get("document");
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", sourceId);
        row.put("title", document == null ? documentId : document.get("title").asString(documentId));
        row.put("publisher", document == null ? "unknown" : document.get("publisher").asString("unknown"));
        put(row, "author", document == null ? null : document.get("author").asString(null));
        String ingested = document == null ? null : document.get("ingestedAt").asString(null);
        String date = document == null ? null : document.get("date").asString(null);
        row.put("date", date != null ? date : ingested != null ? ingested.substring(0, 10) : Instant.now(clock).toString().substring(0, 10));
        put(row, "url", document == null ? null : document.get("url").asString(null));
        row.put("file", documentFile(documentId));
        row.put("kind", "news");
        row.put("document", documentId);
        return row;
    }

    private static String documentFile(String documentId) {
        return "documents/" + documentId.substring(documentId.indexOf(':') + 1) + ".txt";
    }

    private static Map<String, Object> decisionMap(String status, String fact, String who, String at, String reason) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status);
        map.put("fact", fact);
        map.put("decidedBy", who);
        map.put("decidedAt", at);
        map.put("reason", reason);
        return map;
    }

    private static void put(Map<String, String> row, String column, String value) {
        if (value != null && !value.isEmpty()) {
            row.put(column, value);
        }
    }

    private static String date(String field, String value) {
        if (value != null && !ISO_DATE.matcher(value).matches()) {
            throw new InvalidCorrectionException(field, "'" + field + "' must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, was "
                    + InvalidParameterException.quote(value) + ".");
        }
        return value;
    }

    private static String text(String field, String value) {
        if (value != null && (value.length() > MAX_TEXT || value.contains("\n"))) {
            throw new InvalidCorrectionException(field, "'" + field + "' must be one line of at most " + MAX_TEXT + " characters.");
        }
        return value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String fraction(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidCorrectionException(field, "'" + field + "' must be a fraction between 0 and 1, was " + value + ".");
        }
        return plain(value);
    }
}
