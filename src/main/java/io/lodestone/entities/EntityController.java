package io.lodestone.entities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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
    EntityDetail entity(@PathVariable String id,
                        @Parameter(description = "ISO date: only facts dated or valid on or before that day")
                        @RequestParam(required = false) String asOf) {
        return entities.entity(id, asOf);
    }

    @GetMapping("/api/entities/{id}/neighbourhood")
    @Operation(summary = "The subgraph around an entity")
    Subgraph neighbourhood(@PathVariable String id,
                           @Parameter(description = "1 to 3, default 1") @RequestParam(required = false) Integer depth,
                           @Parameter(description = "comma-separated relationship types, e.g. HEADQUARTERED_IN,OPERATES_IN")
                           @RequestParam(required = false) String types,
                           @Parameter(description = "most nodes, 1 to 500, default 100") @RequestParam(required = false) Integer limit,
                           @Parameter(description = "ISO date: only facts dated or valid on or before that day")
                           @RequestParam(required = false) String asOf) {
        return entities.neighbourhood(id, depth, types, limit, asOf);
    }
}
