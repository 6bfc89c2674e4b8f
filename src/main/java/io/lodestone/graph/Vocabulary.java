package io.lodestone.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** The labels and relationship types the graph holds, to check request parameters against. */
@Component
public class Vocabulary {

    private final GraphReader reader;

    Vocabulary(GraphReader reader) {
        this.reader = reader;
    }

    public Set<String> labels() {
        return new TreeSet<>(current().get("labels").asList(v -> v.asString()));
    }

    public Set<String> relationshipTypes() {
        return new TreeSet<>(current().get("relationshipTypes").asList(v -> v.asString()));
    }

    // Asked each time: an import may add types, and the query is two catalogue look-ups.
    private Record current() {
        List<Record> records = reader.read("graph/vocabulary.cypher", Map.of());
        return records.get(0);
    }
}
