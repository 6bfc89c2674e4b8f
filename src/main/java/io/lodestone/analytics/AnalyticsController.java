package io.lodestone.analytics;

import io.lodestone.analytics.CentralityService.Algorithm;
import io.lodestone.problem.InvalidParameterException;
import io.lodestone.request.Values;
import io.lodestone.web.HeavyQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
                    + " the gaps in the data. The largest suppliers are listed (suppliers), the others summed in otherSuppliers;"
                    + " at most 25 export restrictions are listed (those applying to the actor first), restrictionCount counts all.")
    Answers.Dependencies dependencies(@Valid @ParameterObject AnalyticsRequests.Dependencies request) {
        return analytics.dependencies(request.actor(), request.resource(), Values.isoDate(request.asOf()),
                request.producers() == null ? AnalyticsService.DEFAULT_PRODUCERS : request.producers(),
                request.suppliers() == null ? AnalyticsService.DEFAULT_SUPPLIERS : request.suppliers());
    }

    @GetMapping("/api/influence")
    @HeavyQuery
    @Operation(summary = "Actors ranked by leverage over a target, each with the terms and facts behind its score",
            description = "The score is defined in docs/influence.md.")
    Answers.InfluenceAnswer influence(@Valid @ParameterObject AnalyticsRequests.Influence request) {
        String resource = request.resource() == null || request.resource().isBlank() ? null : request.resource();
        return analytics.influence(request.target(), resource, request.limit() == null ? 10 : request.limit(),
                Values.isoDate(request.asOf()));
    }

    @GetMapping("/api/centrality")
    @HeavyQuery
    @Operation(summary = "Structural influence over the actor network with Graph Data Science",
            description = "501 on a server without GDS. A ranking is kept until the graph changes (by any client of the"
                    + " embedded database); the first after a write projects the whole network again.")
    Answers.Centrality centrality(@Valid @ParameterObject AnalyticsRequests.Centrality request) {
        return centrality.rank(request.algorithm() == null ? Algorithm.PAGERANK : request.algorithm(),
                request.label() == null || request.label().isBlank() ? null : request.label(),
                request.limit() == null ? 10 : request.limit());
    }

    @PostMapping("/api/scenarios")
    @HeavyQuery
    @Operation(summary = "What if: dependencies, concentration and influence before and after changes, as a diff",
            description = "Changes: restrict-exports {actor, resource, target?}, remove-actor {actor}, close-facility {facility}."
                    + " Computed on a copy of the facts in memory; the stored graph is never changed.")
    Scenario.Answer scenario(@Valid @RequestBody(required = false) Scenario.Request request) {
        if (request == null) {
            throw new InvalidParameterException("body", "The request body must be a JSON object with targets and changes.");
        }
        return scenarios.run(request.query());
    }
}
