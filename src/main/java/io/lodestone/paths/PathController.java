package io.lodestone.paths;

import io.lodestone.web.HeavyQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "paths")
class PathController {

    private final PathFinder paths;

    PathController(PathFinder paths) {
        this.paths = paths;
    }

    @GetMapping("/api/paths")
    @HeavyQuery
    @Operation(summary = "How two entities are connected, with the evidence for every hop",
            description = "mode=shortest: all shortest paths; mode=all: paths of increasing length up to maxHops that visit"
                    + " no entity twice. Paths are grouped by the entities they pass through; each hop lists every fact"
                    + " that links the pair, each with its evidence (the supporting excerpt) and its sources.")
    PathsAnswer paths(@Valid @ParameterObject PathRequest request) {
        return paths.find(request.query());
    }
}
