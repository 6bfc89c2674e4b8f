package io.lodestone.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param directory   the document files ({@code <key>.txt} frozen text, {@code <key>.json} metadata) and
 *                    the audit log ({@code audit.jsonl}); the source of truth the graph is reconciled from
 *                    at start-up. Beside {@code import/}, and meant to be kept in git.
 * @param maxSize     the largest request body accepted by {@code POST /api/documents} (413 above it)
 * @param maxTextSize the most characters of extracted text a document may have (a PDF's text may be
 *                    larger than its bytes suggest; 422 above it)
 */
@ConfigurationProperties(prefix = "lodestone.documents", ignoreUnknownFields = false)
public record DocumentsProperties(
        @DefaultValue("documents") Path directory,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("1000000") int maxTextSize) {
}
