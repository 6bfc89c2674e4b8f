package io.lodestone.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
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
    List<SearchHit> search(@Valid @ParameterObject SearchRequest request) {
        return search.search(request.q(), request.type(), request.limitOrDefault());
    }
}
