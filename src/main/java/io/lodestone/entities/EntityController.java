package io.lodestone.entities;

import io.lodestone.request.Values;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "entities")
class EntityController {

    private final EntityService entities;

    EntityController(EntityService entities) {
        this.entities = entities;
    }

    @GetMapping("/api/entities/{id}")
    @Operation(summary = "An entity, how many relationships it has of each type, and up to limit of them with their sources",
            description = "Ids appear in URLs as stored, e.g. /api/entities/country:VN (':' needs no encoding in a path)."
                    + " relationshipGroups counts every relationship per type and direction and says how many are shown;"
                    + " the limit is shared out among the groups (a small group is shown whole), so the answer stays"
                    + " bounded for the largest hubs. A group larger than lodestone.entities.ordered-preview-max (1000)"
                    + " is previewed with the first relationships found (sample: true), not its first page in order."
                    + " Page through one group with /api/entities/{id}/relationships.")
    EntityDetail entity(@Valid @ParameterObject EntityRequest request) {
        return entities.entity(request.id(), Values.isoDate(request.asOf()), request.shown());
    }

    @GetMapping("/api/entities/{id}/relationships")
    @Operation(summary = "A page of an entity's relationships of one type and direction, with their sources",
            description = "Ordered by the name at the other end, then date, then id; total counts them all.")
    RelationshipPage relationships(@Valid @ParameterObject RelationshipsRequest request) {
        return entities.relationships(request.query());
    }

    @GetMapping("/api/entities/{id}/neighbourhood")
    @Operation(summary = "The subgraph around an entity")
    Subgraph neighbourhood(@Valid @ParameterObject NeighbourhoodRequest request) {
        return entities.neighbourhood(request.query());
    }
}
