package io.lodestone.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import io.lodestone.entities.NeighbourhoodRequest;
import io.lodestone.paths.PathRequest;
import io.lodestone.problem.InvalidParameterException;
import io.lodestone.web.HeavyQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

@RestController
@Tag(name = "export")
class ExportController {

    private final ExportService exports;
    private final ObjectMapper json;
    private final Validator validator;

    ExportController(ExportService exports, ObjectMapper json, Validator validator) {
        this.exports = exports;
        this.json = json;
        this.validator = validator;
    }

    @GetMapping("/api/export")
    @HeavyQuery
    @Operation(summary = "The graph, a neighbourhood or paths as a file for Gephi or a spreadsheet",
            description = "format=csv: a zip of nodes.csv and edges.csv (Gephi's spreadsheet import; the edge table also"
                    + " names both ends); graphml: GraphML with declared attributes; ftm: FollowTheMoney entities as JSON lines; json: nodes and relationships."
                    + " Without center or from/to: the whole graph. Every edge keeps its provenance: sources (ids,"
                    + " titles, publishers, dates, links), evidence, confidence and dates.")
    ResponseEntity<byte[]> export(@ParameterObject ExportRequest request) throws IOException, XMLStreamException {
        ExportFormat checkedFormat = request.format() == null ? ExportFormat.JSON : request.format();
        String center = request.center();
        boolean path = request.from() != null || request.to() != null;
        if (center != null && path) {
            throw new InvalidParameterException("center", "Give either 'center' (a neighbourhood) or 'from' and 'to'"
                    + " (paths), not both.");
        }
        ExportGraph graph = center != null
                ? exports.neighbourhood(checked(new NeighbourhoodRequest(center, request.depth(), request.types(),
                        request.limit(), request.maxRelationships(), request.asOf())).query())
                : path ? exports.paths(checked(new PathRequest(request.from(), request.to(), request.maxHops(), request.mode(),
                        request.limit(), request.types(), request.factsPerHop(), request.asOf())).query())
                : exports.wholeGraph();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        switch (checkedFormat) {
            case CSV -> CsvExport.write(graph, body);
            case GRAPHML -> GraphMlExport.write(graph, body);
            case JSON -> json.writeValue(body, graph);
            case FTM -> FtmExport.write(exports.ftm(graph), body);
        }
        String name = "lodestone-" + (center != null ? "neighbourhood" : path ? "paths" : "graph") + "." + checkedFormat.extension;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(checkedFormat.mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body.toByteArray());
    }

    /** The same checks as the query API's, so an export refuses what the API refuses, in the same words. */
    private <T> T checked(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
