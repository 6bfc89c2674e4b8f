package io.lodestone.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.stream.XMLStreamException;

import io.lodestone.web.HeavyQuery;
import io.lodestone.problem.InvalidParameterException;
import io.lodestone.problem.Parameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

@RestController
@Tag(name = "export")
class ExportController {

    private final ExportService exports;
    private final ObjectMapper json;

    ExportController(ExportService exports, ObjectMapper json) {
        this.exports = exports;
        this.json = json;
    }

    @GetMapping("/api/export")
    @HeavyQuery
    @Operation(summary = "The graph, a neighbourhood or paths as a file for Gephi or a spreadsheet",
            description = "format=csv: a zip of nodes.csv and edges.csv (Gephi's spreadsheet import; the edge table also"
                    + " names both ends); graphml: GraphML with declared attributes; json: nodes and relationships."
                    + " Without center or from/to: the whole graph. Every edge keeps its provenance: sources (ids,"
                    + " titles, publishers, dates, links), evidence, confidence and dates.")
    ResponseEntity<byte[]> export(
            @Parameter(description = "csv, graphml or json (default)") @RequestParam(required = false) String format,
            @Parameter(description = "entity id: export its neighbourhood") @RequestParam(required = false) String center,
            @Parameter(description = "with center: 1 to 3, default 1") @RequestParam(required = false) Integer depth,
            @Parameter(description = "entity id: export the paths from it (with to)") @RequestParam(required = false) String from,
            @Parameter(description = "entity id: export the paths to it (with from)") @RequestParam(required = false) String to,
            @Parameter(description = "with from/to: 1 to 6, default 4") @RequestParam(required = false) Integer maxHops,
            @Parameter(description = "comma-separated relationship types") @RequestParam(required = false) String types,
            @Parameter(description = "with from/to: shortest (default) or all") @RequestParam(required = false) String mode,
            @Parameter(description = "most nodes (center) or paths (from/to)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "ISO date: only facts dated or valid on or before that day")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "with from/to: 1 to 1000 facts per hop, default 50")
            @RequestParam(required = false) Integer factsPerHop) throws IOException, XMLStreamException {
        ExportFormat checkedFormat = Parameters.choice("format", format, ExportFormat.JSON, ExportFormat.class);
        boolean path = from != null || to != null;
        if (center != null && path) {
            throw new InvalidParameterException("center", "Give either 'center' (a neighbourhood) or 'from' and 'to'"
                    + " (paths), not both.");
        }
        ExportGraph graph = center != null ? exports.neighbourhood(center, depth, types, limit, asOf)
                : path ? exports.paths(from, to, maxHops, types, mode, limit, asOf, factsPerHop)
                : exports.wholeGraph();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        switch (checkedFormat) {
            case CSV -> CsvExport.write(graph, body);
            case GRAPHML -> GraphMlExport.write(graph, body);
            case JSON -> json.writeValue(body, graph);
        }
        String name = "lodestone-" + (center != null ? "neighbourhood" : path ? "paths" : "graph") + "." + checkedFormat.extension;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(checkedFormat.mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body.toByteArray());
    }
}
