package io.lodestone.export;

import io.lodestone.paths.PathQuery.Mode;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * GET /api/export as it arrives. Which parameters apply depends on what is exported, so the
 * controller checks them as the neighbourhood or path request they form.
 */
record ExportRequest(
        @Parameter(description = "csv, graphml, ftm (FollowTheMoney JSON lines) or json (default)") ExportFormat format,
        @Parameter(description = "entity id: export its neighbourhood") String center,
        @Parameter(description = "with center: 1 to 3, default 1") Integer depth,
        @Parameter(description = "entity id: export the paths from it (with to)") String from,
        @Parameter(description = "entity id: export the paths to it (with from)") String to,
        @Parameter(description = "with from/to: 1 to 6, default 4") Integer maxHops,
        @Parameter(description = "comma-separated relationship types") String types,
        @Parameter(description = "with from/to: shortest (default) or all") Mode mode,
        @Parameter(description = "most nodes (center) or paths (from/to)") Integer limit,
        @Parameter(description = "with center: most relationships, 1 to 5000, default 300") Integer maxRelationships,
        @Parameter(description = "ISO date: only facts dated or valid on or before that day") String asOf,
        @Parameter(description = "with from/to: 1 to 1000 facts per hop, default 50") Integer factsPerHop) {
}
