package io.lodestone.documents;

import java.time.Instant;

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
}
