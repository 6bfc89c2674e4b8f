package io.lodestone.documents;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lodestone.graph.CypherFiles;
import io.lodestone.graph.GraphReader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/** Documents and their mentions in the graph; the queries are in {@code cypher/documents/}. */
@Repository
class DocumentGraph {

    private final Driver driver;
    private final CypherFiles cypher;
    private final GraphReader reader;
    private final String database;

    DocumentGraph(Driver driver, CypherFiles cypher, GraphReader reader,
                  @Value("${spring.data.neo4j.database:neo4j}") String database) {
        this.driver = driver;
        this.cypher = cypher;
        this.reader = reader;
        this.database = database;
    }

    void save(Document document, List<Mention> mentions) {
        Map<String, Object> properties = document.metadata();
        properties.put("text", document.text());
        List<Map<String, Object>> rows = mentions.stream().map(DocumentGraph::row).toList();
        write("documents/save.cypher", Map.of("document", properties, "mentions", rows));
    }

    private static Map<String, Object> row(Mention mention) {
        Map<String, Object> row = new HashMap<>();
        row.put("text", mention.text());
        row.put("start", mention.start());
        row.put("end", mention.end());
        row.put("sentence", mention.sentence());
        row.put("entityId", mention.entity() == null ? null : mention.entity().id());
        row.put("key", Words.key(mention.text()));
        row.put("proposedKind", mention.proposedKind());
        return row;
    }

    void delete(List<String> ids) {
        write("documents/delete.cypher", Map.of("ids", ids));
    }

    List<String> ids() {
        return reader.read("documents/ids.cypher", Map.of()).stream().map(r -> r.get("id").asString()).toList();
    }

    List<Record> list(int offset, int limit) {
        return reader.read("documents/list.cypher", Map.of("offset", offset, "limit", limit));
    }

    List<Record> search(String query, int offset, int limit) {
        return reader.read("documents/search.cypher", Map.of("query", query, "offset", offset, "limit", limit));
    }

    Record document(String id) {
        List<Record> records = reader.read("documents/document.cypher", Map.of("id", id));
        return records.isEmpty() ? null : records.get(0);
    }

    List<Mention> mentions(String id, int offset, int limit) {
        return reader.read("documents/mentions.cypher", Map.of("id", id, "offset", offset, "limit", limit)).stream()
                .map(r -> new Mention(r.get("text").asString(), r.get("start").asInt(), r.get("end").asInt(),
                        r.get("sentence").asInt(),
                        r.get("entityId").isNull() ? null : new EntityRef(r.get("entityId").asString(),
                                r.get("entityName").asString(null), r.get("entityType").asString(null)),
                        r.get("proposedKind").asString(null)))
                .toList();
    }

    static Instant instant(org.neo4j.driver.Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    private void write(String file, Map<String, Object> parameters) {
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher.get(file), parameters).consume());
        }
    }
}
