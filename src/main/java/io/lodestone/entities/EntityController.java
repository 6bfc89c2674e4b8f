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
    @Operation(summary = "An entity with all its relationships and their sources",
            description = "Ids appear in URLs as stored, e.g. /api/entities/country:VN (':' needs no encoding in a path).")
    EntityDetail entity(@Valid @ParameterObject EntityRequest request) {
        return entities.entity(request.id(), Values.isoDate(request.asOf()));
    }

    @GetMapping("/api/entities/{id}/neighbourhood")
    @Operation(summary = "The subgraph around an entity")
    Subgraph neighbourhood(@Valid @ParameterObject NeighbourhoodRequest request) {
        return entities.neighbourhood(request.query());
    }
}
