package io.lodestone.entities;

import io.lodestone.request.EntityId;
import io.lodestone.request.IsoDate;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

/** GET /api/entities/{id}: components in the order they are checked. */
record EntityRequest(
        @Parameter(in = ParameterIn.PATH, description = "entity id, e.g. country:VN") @EntityId String id,
        @Parameter(description = "ISO date: only facts dated or valid on or before that day") @IsoDate String asOf) {
}
