package io.lodestone.search;

import io.lodestone.request.Between;
import io.lodestone.request.Label;
import io.lodestone.request.Text;
import io.swagger.v3.oas.annotations.Parameter;

/** GET /api/entities?q=...: components in the order they are checked. */
record SearchRequest(
        @Parameter(description = "name or alias, 1 to 200 characters") @Text(required = "a name or alias, e.g. q=viet nam") String q,
        @Parameter(description = "a label: Country, Bloc, Firm, Person, Institution, Mineral, Technology, Facility,"
                + " Agreement, Policy, Project, Event, Region, Status, Actor or Resource") @Label String type,
        @Parameter(description = "1 to 100, default 10") @Between(min = 1, max = 100) Integer limit) {

    int limitOrDefault() {
        return limit == null ? 10 : limit;
    }
}
