package io.lodestone.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * A log of records, one JSON line each, that keeps every acknowledged record: a line is forced to
 * disk before {@link #append} returns. A crash during an append may leave a last line cut short;
 * that record was never acknowledged, and {@link #read} cuts it off so the next append starts a line.
 */
public final class JsonLines<T> {

    private static final Logger log = LoggerFactory.getLogger(JsonLines.class);

    private final Path file;
    private final Class<T> type;
    private final ObjectMapper json;

    public JsonLines(Path file, Class<T> type, ObjectMapper json) {
        this.file = file;
        this.type = type;
        this.json = json;
    }

    public Path file() {
        return file;
    }

    /** Every complete record, in the order written; an incomplete last line is cut off the file. */
    public List<T> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int complete = bytes.length;
            while (complete > 0 && bytes[complete - 1] != '\n') {
                complete--;
            }
            if (complete < bytes.length) {
                log.warn("Cutting the incomplete last line off {} (a write cut short, never acknowledged)", file);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(complete);
                    channel.force(true);
                }
            }
            List<String> lines = new String(bytes, 0, complete, StandardCharsets.UTF_8).lines().toList();
            List<T> records = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    records.add(json.readValue(lines.get(i), type));
                } catch (JacksonException e) {
                    throw new IllegalStateException(file + ":" + (i + 1) + " is not a " + type.getSimpleName() + ": "
                            + e.getOriginalMessage());
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Appends one record and forces it to disk. */
    public void append(T record) {
        byte[] line = (json.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            DurableFiles.appendLine(file, line);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to " + file, e);
        }
    }
}
