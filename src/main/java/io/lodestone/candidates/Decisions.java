package io.lodestone.candidates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lodestone.documents.DocumentsProperties;
import io.lodestone.files.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The reviewers' decisions on candidate facts, one JSON line each in {@code decisions.jsonl} in
 * the documents directory: candidates are regenerated from the documents, their status from here.
 * A line is forced to disk before {@link #append} returns; a crash during an append may leave a
 * last line cut short, which is cut off when the file is read (that decision was never acknowledged).
 */
@Component
public class Decisions {

    private static final Logger log = LoggerFactory.getLogger(Decisions.class);

    private final Path file;
    private final ObjectMapper json;
    private final Map<String, Decision> byCandidate = new HashMap<>();

    Decisions(DocumentsProperties documents, ObjectMapper json) {
        this.file = documents.directory().resolve("decisions.jsonl");
        this.json = json;
        load();
    }

    public synchronized Optional<Decision> of(String candidate) {
        return Optional.ofNullable(byCandidate.get(candidate));
    }

    public synchronized void append(Decision decision) {
        byte[] line = (json.writeValueAsString(decision) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            DurableFiles.appendLine(file, line);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to " + file, e);
        }
        byCandidate.put(decision.candidate(), decision);
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int complete = bytes.length;
            while (complete > 0 && bytes[complete - 1] != '\n') {
                complete--;
            }
            if (complete < bytes.length) {
                // A line cut short by a crash was never acknowledged; cut it off so the next append starts a line.
                log.warn("Cutting the incomplete last line off {} (a write cut short, never acknowledged)", file);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(complete);
                    channel.force(true);
                }
            }
            List<String> lines = new String(bytes, 0, complete, StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    Decision decision = json.readValue(lines.get(i), Decision.class);
                    byCandidate.put(decision.candidate(), decision);
                } catch (JacksonException e) {
                    throw new IllegalStateException(file + ":" + (i + 1) + " is not a decision: " + e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
