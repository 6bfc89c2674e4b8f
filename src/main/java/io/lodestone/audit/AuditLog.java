package io.lodestone.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.lodestone.files.DurableFiles;
import tools.jackson.databind.ObjectMapper;

/**
 * Every write of the service (ingest, accept, reject, merge), one JSON line each in
 * {@code audit.jsonl}, kept with the document files: {@code {"at", "who", "action", "target",
 * "before", "after"}}. A line is on disk (fsync) before {@link #append} returns, so a write that
 * was acknowledged is in the log even after a crash; a crash during an append may leave the last
 * line incomplete, and readers skip a last line that is not valid JSON.
 */
public class AuditLog {

    private final Path file;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(Path file, ObjectMapper json, Clock clock) {
        this.file = file;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param who    the editor's name (see security/Editor)
     * @param action what was done: ingest, accept, reject, merge...
     * @param target the id written (document, candidate, fact, entity)
     * @param before the state before, null when there was none; serialised as JSON
     * @param after  the state after, null when there is none; serialised as JSON
     */
    public synchronized void append(String who, String action, String target, Object before, Object after) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", clock.instant().toString());
        line.put("who", who);
        line.put("action", action);
        line.put("target", target);
        line.put("before", before);
        line.put("after", after);
        byte[] bytes = (json.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            DurableFiles.appendLine(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to the audit log " + file, e);
        }
    }

    public Path file() {
        return file;
    }
}
