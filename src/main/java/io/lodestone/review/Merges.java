package io.lodestone.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.lodestone.documents.DocumentsProperties;
import io.lodestone.files.JsonLines;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** The merges done, one JSON line each in {@code merges.jsonl} in the documents directory, beside the decisions. */
@Component
class Merges {

    private final JsonLines<Merge> file;
    private final Map<String, Merge> byMerged = new HashMap<>();

    Merges(DocumentsProperties documents, ObjectMapper json) {
        this.file = new JsonLines<>(documents.directory().resolve("merges.jsonl"), Merge.class, json);
        file.read().forEach(merge -> byMerged.put(merge.from(), merge));
    }

    /** The merge that removed this entity, if one did. */
    synchronized Optional<Merge> of(String from) {
        return Optional.ofNullable(byMerged.get(from));
    }

    synchronized void append(Merge merge) {
        file.append(merge);
        byMerged.put(merge.from(), merge);
    }
}
