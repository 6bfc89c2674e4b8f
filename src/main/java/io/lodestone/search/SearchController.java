package io.lodestone.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "entities")
class SearchController {

    private final EntitySearch search;

    SearchController(EntitySearch search) {
        this.search = search;
    }

    @GetMapping("/api/entities")
    @Operation(summary = "Search entities by name or alias",
            description = "Ranked full-text search, case- and accent-insensitive: \"viet nam\", \"VIETNAM\" and \"Việt Nam\" all find Vietnam.")
    List<SearchHit> search(
            @Parameter(description = "name or alias, 1 to 200 characters") @RequestParam(required = false) String q,
            @Parameter(description = "a label: Country, Bloc, Firm, Person, Institution, Mineral, Technology, Facility,"
                    + " Agreement, Policy, Project, Event, Region, Status, Actor or Resource") @RequestParam(required = false) String type,
            @Parameter(description = "1 to 100, default 10") @RequestParam(required = false) Integer limit) {
        return search.search(q, type, limit);
    }
}
