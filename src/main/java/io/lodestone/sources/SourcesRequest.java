package io.lodestone.sources;

import io.lodestone.request.Between;
import io.swagger.v3.oas.annotations.Parameter;

/** GET /api/sources: one page of the documents. */
record SourcesRequest(
        @Parameter(description = "0 or more, default 0") @Between(min = 0, max = 1_000_000) Integer offset,
        @Parameter(description = "1 to 500, default 50") @Between(min = 1, max = 500) Integer limit) {
}
