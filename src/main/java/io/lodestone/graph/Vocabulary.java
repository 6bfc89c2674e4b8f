package io.lodestone.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.driver.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The labels and relationship types the graph holds, to check request parameters against.
 * Reading them costs a pass over the relationships of every type on a large graph, so they are
 * kept for a minute, and forgotten at once when an import changes the graph.
 */
@Component
public class Vocabulary {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final GraphReader reader;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    Vocabulary(GraphReader reader) {
        this.reader = reader;
    }

    public Set<String> labels() {
        return current().labels();
    }

    /** @return the label the graph holds that matches {@code name} in any case, e.g. Country for "country" */
    public Optional<String> label(String name) {
        return labels().stream().filter(label -> label.equalsIgnoreCase(name.strip())).findFirst();
    }

    public Set<String> relationshipTypes() {
        return current().relationshipTypes();
    }

    @EventListener
    void forget(GraphChangedEvent event) {
        current.set(null);
    }

    private Snapshot current() {
        Snapshot snapshot = current.get();
        if (snapshot == null || snapshot.read().plus(KEPT).isBefore(Instant.now())) {
            var record = reader.read("graph/vocabulary.cypher", Map.of()).get(0);
            snapshot = new Snapshot(new TreeSet<>(record.get("labels").asList(Value::asString)),
                    new TreeSet<>(record.get("relationshipTypes").asList(Value::asString)), Instant.now());
            current.set(snapshot);
        }
        return snapshot;
    }

    private record Snapshot(Set<String> labels, Set<String> relationshipTypes, Instant read) {
    }
}
