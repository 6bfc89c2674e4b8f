package io.lodestone.analytics;

import io.lodestone.analytics.CentralityService.Algorithm;
import io.lodestone.request.Between;
import io.lodestone.request.EntityId;
import io.lodestone.request.IsoDate;
import io.lodestone.request.Label;
import io.swagger.v3.oas.annotations.Parameter;

/** The query strings of the analytics endpoints; components in the order they are checked. */
final class AnalyticsRequests {

    private AnalyticsRequests() {
    }

    record Dependencies(
            @Parameter(description = "actor id, e.g. bloc:EU") @EntityId String actor,
            @Parameter(description = "resource id, e.g. mineral:gallium") @EntityId String resource,
            @Parameter(description = "ISO date") @IsoDate String asOf,
            @Parameter(description = "how many of the largest producers to list, 1 to 1000, default 25; the HHI always counts all")
            @Between(min = 1, max = 1000) Integer producers,
            @Parameter(description = "how many of the largest suppliers to list, 1 to 1000, default 25; the exposure always counts all")
            @Between(min = 1, max = 1000) Integer suppliers) {
    }

    record Influence(
            @Parameter(description = "target id, e.g. country:VN") @EntityId String target,
            @Parameter(description = "only leverage through this resource") @EntityId(optional = true) String resource,
            @Parameter(description = "1 to 100, default 10") @Between(min = 1, max = 100) Integer limit,
            @Parameter(description = "ISO date") @IsoDate String asOf) {
    }

    record Centrality(
            @Parameter(description = "pagerank (default), betweenness or degree") Algorithm algorithm,
            @Parameter(description = "label of the nodes ranked, default Actor") @Label String label,
            @Parameter(description = "1 to 100, default 10") @Between(min = 1, max = 100) Integer limit) {
    }
}
