package io.lodestone.documents;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One page of documents; {@code total} counts them all (not given for a search). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentPage(Long total, int offset, int limit, List<DocumentSummary> documents) {
}
