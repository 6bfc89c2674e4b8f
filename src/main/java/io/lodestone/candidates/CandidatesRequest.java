package io.lodestone.candidates;

import io.lodestone.problem.InvalidParameterException;
import io.lodestone.request.Between;
import io.swagger.v3.oas.annotations.Parameter;

/** GET /api/candidates: a page of the candidate facts, of one document and status when given. */
record CandidatesRequest(
        @Parameter(description = "a document id") String document,
        @Parameter(description = "proposed, accepted or rejected; default all") String status,
        @Parameter(description = "0 or more, default 0") @Between(min = 0, max = 1_000_000) Integer offset,
        @Parameter(description = "1 to lodestone.candidates.max-page-size (200), default 50") Integer limit) {

    int from() {
        return offset == null ? 0 : offset;
    }

    /** The page size; its upper bound is a setting, so it is checked here rather than by a constraint. */
    int size(int maxPageSize) {
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > maxPageSize) {
            throw new InvalidParameterException("limit", "'limit' must be between 1 and " + maxPageSize + ", was " + size + ".");
        }
        return size;
    }
}
