package io.lodestone.candidates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxExamples the most curated facts the proposals learn from (the evidence index is held in memory)
 * @param maxPageSize the largest page of {@code GET /api/candidates}
 */
@ConfigurationProperties(prefix = "lodestone.candidates", ignoreUnknownFields = false)
public record CandidatesProperties(
        @DefaultValue("50000") int maxExamples,
        @DefaultValue("200") int maxPageSize) {
}
