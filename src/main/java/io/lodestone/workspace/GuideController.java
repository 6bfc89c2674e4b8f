package io.lodestone.workspace;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The investigations as a Neo4j Browser guide: {@code :play http://localhost:8080/guides/lodestone.html}.
 * Generated from the definitions and query files at start-up, so it cannot drift from them.
 */
@RestController
@Tag(name = "workspace")
class GuideController {

    private final String guide;

    GuideController(Investigations investigations) {
        this.guide = GuideWriter.write(investigations);
    }

    @GetMapping(value = "/guides/lodestone.html", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @Operation(summary = "The investigations as a Neo4j Browser guide (:play this URL in Browser)")
    String guide() {
        return guide;
    }
}
