package io.lodestone.candidates;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.lodestone.graph.GraphChangedEvent;
import io.lodestone.graph.GraphReader;
import io.lodestone.importing.ImportFiles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the proposals learn from: the relationship types of the import files and the facts of the
 * graph with their evidence. Built on first use and again after the graph changed (an import, an
 * accepted fact), so an accepted fact teaches the next proposals.
 */
@Component
class CandidateModel {

    private final GraphReader reader;
    private final ImportFiles files;
    private final CandidatesProperties properties;
    private final AtomicReference<Proposer> current = new AtomicReference<>();

    CandidateModel(GraphReader reader, ImportFiles files, CandidatesProperties properties) {
        this.reader = reader;
        this.files = files;
        this.properties = properties;
    }

    Proposer proposer() {
        Proposer proposer = current.get();
        if (proposer == null) {
            Map<String, List<String>> statuses = new TreeMap<>();
            reader.read("candidates/statuses.cypher", Map.of())
                    .forEach(r -> statuses.put(r.get("id").asString(), r.get("names").asList(v -> v.asString())));
            Map<String, List<String>> described = new TreeMap<>();
            reader.read("candidates/described-entities.cypher", Map.of())
                    .forEach(r -> described.put(r.get("id").asString(), r.get("names").asList(v -> v.asString())));
            proposer = new Proposer(EvidenceIndex.of(curatedFacts()), rules(), statuses, described);
            current.set(proposer);
        }
        return proposer;
    }

    List<RelationshipRule> rules() {
        return files.rows(ImportFiles.RELATIONSHIP_TYPES).stream()
                .map(row -> new RelationshipRule(row.get("type"), kinds(row.get("startKinds")), kinds(row.get("endKinds")),
                        row.get("description")))
                .toList();
    }

    @EventListener
    void forget(GraphChangedEvent event) {
        current.set(null);
    }

    private List<CuratedFact> curatedFacts() {
        return reader.read("candidates/curated-facts.cypher", Map.of("limit", properties.maxExamples())).stream()
                .map(r -> new CuratedFact(r.get("id").asString(), r.get("type").asString(), r.get("startId").asString(),
                        r.get("startName").asString(null), r.get("endId").asString(), r.get("endName").asString(null),
                        r.get("evidence").asString()))
                .toList();
    }

    private static Set<String> kinds(String list) {
        return list == null ? Set.of() : Arrays.stream(list.split(";")).map(String::strip).collect(Collectors.toSet());
    }
}
