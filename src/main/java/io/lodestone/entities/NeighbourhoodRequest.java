package io.lodestone.entities;

import io.lodestone.request.Between;
import io.lodestone.request.EntityId;
import io.lodestone.request.IsoDate;
import io.lodestone.request.RelationshipTypes;
import io.lodestone.request.Values;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

/**
 * The subgraph around an entity as asked (GET /api/entities/{id}/neighbourhood, and a
 * neighbourhood export); components in the order they are checked.
 */
public record NeighbourhoodRequest(
        @Parameter(in = ParameterIn.PATH, description = "entity id, e.g. firm:asml") @EntityId String id,
        @Parameter(description = "1 to 3, default 1") @Between(min = 1, max = 3) Integer depth,
        @Parameter(description = "comma-separated relationship types, e.g. HEADQUARTERED_IN,OPERATES_IN")
        @RelationshipTypes String types,
        @Parameter(description = "most nodes, 1 to 500, default 100") @Between(min = 1, max = 500) Integer limit,
        @Parameter(description = "most relationships, 1 to 5000, default 300: the center's own first; relationshipCount"
                + " counts all") @Between(min = 1, max = 5000) Integer maxRelationships,
        @Parameter(description = "ISO date: only facts dated or valid on or before that day") @IsoDate String asOf) {

    public NeighbourhoodQuery query() {
        return new NeighbourhoodQuery(id, depth == null ? 1 : depth, Values.relationshipTypes(types),
                limit == null ? 100 : limit, maxRelationships == null ? 300 : maxRelationships, Values.isoDate(asOf));
    }
}
