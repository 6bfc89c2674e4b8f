package io.lodestone.sources;

import io.lodestone.request.EntityId;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

/** GET /api/sources/{id}. */
record SourceRequest(
        @Parameter(in = ParameterIn.PATH, description = "source id, e.g. source:commodities-2026-01-28")
        @EntityId(kind = "source", example = "source:commodities-2026-01-28") String id) {
}
