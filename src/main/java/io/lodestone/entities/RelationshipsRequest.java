package io.lodestone.entities;

import java.util.List;

import io.lodestone.problem.InvalidParameterException;
import io.lodestone.request.Between;
import io.lodestone.request.EntityId;
import io.lodestone.request.IsoDate;
import io.lodestone.request.RelationshipTypes;
import io.lodestone.request.Values;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

/** GET /api/entities/{id}/relationships: components in the order they are checked. */
record RelationshipsRequest(
        @Parameter(in = ParameterIn.PATH, description = "entity id, e.g. country:VN") @EntityId String id,
        @Parameter(description = "one relationship type, e.g. PRODUCES (required)") @RelationshipTypes String type,
        @Parameter(description = "outgoing (the entity is the start) or incoming (required)") Direction direction,
        @Parameter(description = "ISO date: only facts dated or valid on or before that day") @IsoDate String asOf,
        @Parameter(description = "0 or more, default 0") @Between(min = 0, max = 10_000_000) Integer offset,
        @Parameter(description = "1 to 1000, default 100") @Between(min = 1, max = 1000) Integer limit) {

    enum Direction { OUTGOING, INCOMING }

    RelationshipsQuery query() {
        List<String> types = Values.relationshipTypes(type);
        if (types == null || types.size() != 1) {
            throw new InvalidParameterException("type", "'type' must be one relationship type, e.g. type=PRODUCES (the"
                    + " entity's relationshipGroups list its types)" + (type == null ? "." : "; was "
                    + InvalidParameterException.quote(type) + "."));
        }
        if (direction == null) {
            throw new InvalidParameterException("direction", "'direction' must be outgoing or incoming.");
        }
        return new RelationshipsQuery(id, types.get(0), direction.name().toLowerCase(java.util.Locale.ROOT),
                Values.isoDate(asOf), offset == null ? 0 : offset, limit == null ? 100 : limit);
    }
}
