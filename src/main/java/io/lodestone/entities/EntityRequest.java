package io.lodestone.entities;

import io.lodestone.request.Between;
import io.lodestone.request.EntityId;
import io.lodestone.request.IsoDate;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

/** GET /api/entities/{id}: components in the order they are checked. */
record EntityRequest(
        @Parameter(in = ParameterIn.PATH, description = "entity id, e.g. country:VN") @EntityId String id,
        @Parameter(description = "ISO date: only facts dated or valid on or before that day") @IsoDate String asOf,
        @Parameter(description = "most relationships shown, 0 to 1000, default " + EntityRequest.DEFAULT_LIMIT
                + ", shared out among the relationship types (relationshipGroups counts all; page through a type with"
                + " /api/entities/{id}/relationships)")
        @Between(min = 0, max = 1000) Integer limit) {

    /** Shows every relationship of all but the largest entities, in an answer of a few hundred KB at most. */
    static final int DEFAULT_LIMIT = 200;

    int shown() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
