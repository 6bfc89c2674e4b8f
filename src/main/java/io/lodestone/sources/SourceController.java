package io.lodestone.sources;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
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
    List<SourceSummary> list(@Valid @ParameterObject SourcesRequest request) {
        return sources.list(request.offset() == null ? 0 : request.offset(), request.limit() == null ? 50 : request.limit());
    }

    @GetMapping("/api/sources/{id}")
    @Operation(summary = "A source document and every fact it supports")
    SourceDetail source(@Valid @ParameterObject SourceRequest request) {
        return sources.source(request.id());
    }
}
