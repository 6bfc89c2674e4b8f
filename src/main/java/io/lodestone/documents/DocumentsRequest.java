package io.lodestone.documents;

import io.lodestone.request.Between;
import io.swagger.v3.oas.annotations.Parameter;

/** GET /api/documents: a page of the documents, or of those whose text holds {@code q}. */
record DocumentsRequest(
        @Parameter(description = "words to find in the title or text") String q,
        @Parameter(description = "0 or more, default 0") @Between(min = 0, max = 100_000) Integer offset,
        @Parameter(description = "1 to 100, default 20") @Between(min = 1, max = 100) Integer limit) {

    int from() {
        return offset == null ? 0 : offset;
    }

    int size() {
        return limit == null ? 20 : limit;
    }
}
