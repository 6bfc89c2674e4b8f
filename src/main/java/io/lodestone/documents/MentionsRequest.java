package io.lodestone.documents;

import io.lodestone.request.Between;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

/** GET /api/documents/{id}/mentions: a page of a document's mentions, in text order. */
record MentionsRequest(
        @Parameter(in = ParameterIn.PATH, description = "document id, e.g. document:0123456789abcdef") String id,
        @Parameter(description = "0 or more, default 0") @Between(min = 0, max = 1_000_000) Integer offset,
        @Parameter(description = "1 to 10000, default 1000") @Between(min = 1, max = 10_000) Integer limit) {

    int from() {
        return offset == null ? 0 : offset;
    }

    int size() {
        return limit == null ? 1000 : limit;
    }
}
