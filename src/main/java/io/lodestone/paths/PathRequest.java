package io.lodestone.paths;

import io.lodestone.paths.PathQuery.Mode;
import io.lodestone.problem.InvalidParameterException;
import io.lodestone.request.Between;
import io.lodestone.request.EntityId;
import io.lodestone.request.IsoDate;
import io.lodestone.request.RelationshipTypes;
import io.lodestone.request.Values;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The parameters of a path question as they arrive (GET /api/paths, and a paths export), each
 * checked by its constraint; {@link #query()} adds the defaults. Components are in the order the
 * parameters are checked: the first failing one is the one named.
 */
public record PathRequest(
        @Parameter(description = "entity id, e.g. bloc:EU") @EntityId String from,
        @Parameter(description = "entity id, e.g. firm:huawei") @EntityId String to,
        @Parameter(description = "1 to 6, default 4") @Between(min = 1, max = 6) Integer maxHops,
        @Parameter(description = "shortest (default) or all") Mode mode,
        @Parameter(description = "1 to 100 paths; default 10 (shortest) or 25 (all)") @Between(min = 1, max = 100) Integer limit,
        @Parameter(description = "comma-separated relationship types") @RelationshipTypes String types,
        @Parameter(description = "1 to 1000, default 50: facts listed per hop; factCount counts all")
        @Between(min = 1, max = 1000) Integer factsPerHop,
        @Parameter(description = "ISO date: only facts dated or valid on or before that day") @IsoDate String asOf) {

    /** The $factsPerHop of the path queries unless the request says otherwise. */
    static final int FACTS_PER_HOP = 50;

    /** @throws InvalidParameterException when both ends are the same entity */
    public PathQuery query() {
        if (from.equals(to)) {
            throw new InvalidParameterException("to", "'from' and 'to' are the same entity (\"" + from + "\"): a path needs"
                    + " two different ends. For what an entity is linked to, use GET /api/entities/{id}/neighbourhood.");
        }
        Mode checkedMode = mode == null ? Mode.SHORTEST : mode;
        return new PathQuery(from, to, maxHops == null ? 4 : maxHops, checkedMode,
                limit == null ? checkedMode == Mode.SHORTEST ? 10 : 25 : limit, Values.relationshipTypes(types),
                factsPerHop == null ? FACTS_PER_HOP : factsPerHop, Values.isoDate(asOf));
    }
}
