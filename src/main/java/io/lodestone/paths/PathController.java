package io.lodestone.paths;

import io.lodestone.web.HeavyQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
                    + " that links the pair, each with its sources and excerpt.")
    PathsAnswer paths(@Parameter(description = "entity id, e.g. bloc:EU") @RequestParam(required = false) String from,
                      @Parameter(description = "entity id, e.g. firm:huawei") @RequestParam(required = false) String to,
                      @Parameter(description = "1 to 6, default 4") @RequestParam(required = false) Integer maxHops,
                      @Parameter(description = "comma-separated relationship types") @RequestParam(required = false) String types,
                      @Parameter(description = "shortest (default) or all") @RequestParam(required = false) String mode,
                      @Parameter(description = "1 to 100 paths; default 10 (shortest) or 25 (all)") @RequestParam(required = false) Integer limit,
                      @Parameter(description = "ISO date: only facts dated or valid on or before that day")
                      @RequestParam(required = false) String asOf,
                      @Parameter(description = "1 to 1000, default 50: facts listed per hop; factCount counts all")
                      @RequestParam(required = false) Integer factsPerHop) {
        return paths.find(from, to, maxHops, types, mode, limit, asOf, factsPerHop);
    }
}
