package io.lodestone.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.lodestone.files.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents as files, the source of truth: {@code <key>.txt} holds the frozen text (UTF-8)
 * and {@code <key>.json} the metadata, where key is the id without its {@code document:} prefix.
 * The text is written first, the metadata last, each atomically and durably: a document exists
 * once its metadata file does. A text without metadata is what a crash in between left, never
 * acknowledged, and is removed when the directory is next read.
 */
@Component
class DocumentFiles {

    private static final Logger log = LoggerFactory.getLogger(DocumentFiles.class);
    static final String PREFIX = "document:";

    private final Path directory;
    private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    DocumentFiles(DocumentsProperties properties) {
        this.directory = properties.directory();
    }

    Path directory() {
        return directory;
    }

    boolean exists(String id) {
        return Files.exists(metadataFile(id));
    }

    void write(Document document, String ingestedBy, String mediaType) {
        Map<String, Object> metadata = document.metadata();
        metadata.put("ingestedBy", ingestedBy);
        metadata.put("mediaType", mediaType);
        try {
            DurableFiles.write(textFile(document.id()), document.text().getBytes(StandardCharsets.UTF_8));
            DurableFiles.write(metadataFile(document.id()), (json.writeValueAsString(metadata) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write document " + document.id() + " to " + directory, e);
        }
    }

    /** Undoes {@link #write} when the graph could not take the document: metadata first, so no state is a document half-there. */
    void delete(String id) {
        try {
            Files.deleteIfExists(metadataFile(id));
            Files.deleteIfExists(textFile(id));
            DurableFiles.syncDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove document " + id + " from " + directory, e);
        }
    }

    Document read(String id) {
        try {
            JsonNode metadata = json.readTree(Files.readString(metadataFile(id)));
            String text = Files.readString(textFile(id), StandardCharsets.UTF_8);
            String hash = Hashes.sha256(text);
            if (!hash.equals(metadata.path("contentHash").asString(null))) {
                throw new IllegalStateException(textFile(id) + " does not hold the text its metadata names (SHA-256 "
                        + hash + ", expected " + metadata.path("contentHash").asString(null) + ")");
            }
            return new Document(id, value(metadata, "title"), value(metadata, "publisher"), value(metadata, "author"),
                    value(metadata, "date"), value(metadata, "url"), value(metadata, "language"), hash, text,
                    Instant.parse(metadata.path("ingestedAt").asString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ids of every complete document, after removing what a crash left: temporary files, and
     * texts whose metadata was never written.
     */
    List<String> ids() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try {
            int leftovers = DurableFiles.deleteLeftovers(directory);
            List<String> ids = new ArrayList<>();
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".txt") && Hashes.isKey(key(name)) && !Files.exists(directory.resolve(key(name) + ".json"))) {
                        Files.delete(file);
                        leftovers++;
                    } else if (name.endsWith(".json") && Hashes.isKey(key(name))) {
                        ids.add(PREFIX + key(name));
                    }
                }
            }
            if (leftovers > 0) {
                log.warn("Removed {} incomplete document file(s) left in {} by an interrupted ingest", leftovers, directory);
                DurableFiles.syncDirectory(directory);
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the documents directory " + directory, e);
        }
    }

    private static String key(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    private Path textFile(String id) {
        return directory.resolve(id.substring(PREFIX.length()) + ".txt");
    }

    private Path metadataFile(String id) {
        return directory.resolve(id.substring(PREFIX.length()) + ".json");
    }

    private static String value(JsonNode metadata, String field) {
        JsonNode value = metadata.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
