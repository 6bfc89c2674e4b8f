package io.lodestone.candidates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.lodestone.documents.DocumentsProperties;
import io.lodestone.files.JsonLines;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The reviewers' decisions on candidate facts, one JSON line each in {@code decisions.jsonl} in
 * the documents directory: candidates are regenerated from the documents, their status from here.
 * A line is forced to disk before {@link #append} returns; a crash during an append may leave a
 * last line cut short, which is cut off when the file is read (that decision was never acknowledged).
 */
@Component
public class Decisions {

    private final JsonLines<Decision> file;
    private final Map<String, Decision> byCandidate = new HashMap<>();

    Decisions(DocumentsProperties documents, ObjectMapper json) {
        this.file = new JsonLines<>(documents.directory().resolve("decisions.jsonl"), Decision.class, json);
        file.read().forEach(decision -> byCandidate.put(decision.candidate(), decision));
    }

    public synchronized Optional<Decision> of(String candidate) {
        return Optional.ofNullable(byCandidate.get(candidate));
    }

    public synchronized void append(Decision decision) {
        file.append(decision);
        byCandidate.put(decision.candidate(), decision);
    }
}
