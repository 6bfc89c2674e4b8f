package io.lodestone.documents;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report held by Lodestone: its frozen text and metadata. Every offset anywhere (sentences,
 * mentions, candidates, excerpts) points into {@link #text()}.
 *
 * @param id          {@code document:} + the first 16 hex characters of the SHA-256 of the text
 * @param date        ISO date of publication (yyyy, yyyy-MM or yyyy-MM-dd), may be null
 * @param language    ISO 639-1 code when given or detected, may be null
 * @param contentHash the full SHA-256 of the text, hex
 */
public record Document(String id, String title, String publisher, String author, String date, String url,
                       String language, String contentHash, String text, Instant ingestedAt) {

    /** Everything but the text, as the metadata file, the graph and the audit log hold it (ingestedAt as ISO text). */
    public Map<String, Object> metadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("id", id);
        metadata.put("title", title);
        metadata.put("publisher", publisher);
        metadata.put("author", author);
        metadata.put("date", date);
        metadata.put("url", url);
        metadata.put("language", language);
        metadata.put("contentHash", contentHash);
        metadata.put("ingestedAt", ingestedAt.toString());
        return metadata;
    }
}
