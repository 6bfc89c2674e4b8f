package io.lodestone.sources;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "sources")
class SourceController {

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    @GetMapping("/api/sources")
    @Operation(summary = "The source documents, newest first, each with the number of facts it supports")
    List<SourceSummary> list(@Parameter(description = "0 or more, default 0") @RequestParam(required = false) Integer offset,
                             @Parameter(description = "1 to 500, default 50") @RequestParam(required = false) Integer limit) {
        return sources.list(offset, limit);
    }

    @GetMapping("/api/sources/{id}")
    @Operation(summary = "A source document and every fact it supports")
    SourceDetail source(@PathVariable String id) {
        return sources.source(id);
    }
}
