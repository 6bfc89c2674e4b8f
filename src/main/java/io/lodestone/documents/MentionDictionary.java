package io.lodestone.documents;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.lodestone.graph.GraphChangedEvent;
import io.lodestone.graph.GraphReader;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The graph's names and aliases as an {@link EntityDictionary}: read on first use and again after every import. */
@Component
class MentionDictionary {

    private static final Logger log = LoggerFactory.getLogger(MentionDictionary.class);

    private final GraphReader reader;
    private final AtomicReference<EntityDictionary> current = new AtomicReference<>();

    MentionDictionary(GraphReader reader) {
        this.reader = reader;
    }

    EntityDictionary get() {
        EntityDictionary dictionary = current.get();
        if (dictionary == null) {
            dictionary = read();
            current.compareAndSet(null, dictionary);
        }
        return dictionary;
    }

    @EventListener
    void forget(GraphChangedEvent event) {
        current.set(null);
    }

    private EntityDictionary read() {
        long started = System.currentTimeMillis();
        List<EntityDictionary.Named> entities = reader.read("documents/dictionary.cypher", Map.of()).stream()
                .map(r -> new EntityDictionary.Named(
                        new EntityRef(r.get("id").asString(), r.get("name").asString(null), r.get("type").asString(null)),
                        r.get("aliases").asList(Value::asString), r.get("resource").asBoolean()))
                .toList();
        EntityDictionary dictionary = new EntityDictionary(entities);
        log.info("Mention dictionary: {} names of {} entities in {} ms", dictionary.size(), entities.size(),
                System.currentTimeMillis() - started);
        return dictionary;
    }
}
