package io.lodestone.analytics;

import io.lodestone.web.HeavyQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "analytics")
class AnalyticsController {

    private final AnalyticsService analytics;
    private final CentralityService centrality;
    private final ScenarioService scenarios;

    AnalyticsController(AnalyticsService analytics, CentralityService centrality, ScenarioService scenarios) {
        this.analytics = analytics;
        this.centrality = centrality;
        this.scenarios = scenarios;
    }

    @GetMapping("/api/dependencies")
    @HeavyQuery
    @Operation(summary = "How an actor obtains a resource, and how concentrated its supply is",
            description = "Supply chains (direct imports, partners, firms) with their facts and sources; import reliance per"
                    + " supplier; exposure to suppliers that restrict exports; the resource's concentration (top producer,"
                    + " HHI with its arithmetic, producing countries; the largest producers are listed, the others summed); and"
                    + " the gaps in the data.")
    Answers.Dependencies dependencies(@Parameter(description = "actor id, e.g. bloc:EU") @RequestParam(required = false) String actor,
                                      @Parameter(description = "resource id, e.g. mineral:gallium") @RequestParam(required = false) String resource,
                                      @Parameter(description = "ISO date") @RequestParam(required = false) String asOf,
                                      @Parameter(description = "how many of the largest producers to list, 1 to 1000, default 25;"
                                              + " the HHI always counts all") @RequestParam(required = false) Integer producers) {
        return analytics.dependencies(actor, resource, asOf, producers);
    }

    @GetMapping("/api/influence")
    @HeavyQuery
    @Operation(summary = "Actors ranked by leverage over a target, each with the terms and facts behind its score",
            description = "The score is defined in docs/influence.md.")
    Answers.InfluenceAnswer influence(@Parameter(description = "target id, e.g. country:VN") @RequestParam(required = false) String target,
                                      @Parameter(description = "only leverage through this resource") @RequestParam(required = false) String resource,
                                      @Parameter(description = "1 to 100, default 10") @RequestParam(required = false) Integer limit,
                                      @Parameter(description = "ISO date") @RequestParam(required = false) String asOf) {
        return analytics.influence(target, resource, limit, asOf);
    }

    @GetMapping("/api/centrality")
    @HeavyQuery
    @Operation(summary = "Structural influence over the actor network with Graph Data Science",
            description = "501 on a server without GDS.")
    Answers.Centrality centrality(@Parameter(description = "pagerank (default), betweenness or degree") @RequestParam(required = false) String algorithm,
                                  @Parameter(description = "label of the nodes ranked, default Actor") @RequestParam(required = false) String label,
                                  @Parameter(description = "1 to 100, default 10") @RequestParam(required = false) Integer limit) {
        return centrality.rank(algorithm, label, limit);
    }

    @PostMapping("/api/scenarios")
    @HeavyQuery
    @Operation(summary = "What if: dependencies, concentration and influence before and after changes, as a diff",
            description = "Changes: restrict-exports {actor, resource, target?}, remove-actor {actor}, close-facility {facility}."
                    + " Computed on a copy of the facts in memory; the stored graph is never changed.")
    Scenario.Answer scenario(@RequestBody(required = false) Scenario.Request request) {
        return scenarios.run(request);
    }
}
