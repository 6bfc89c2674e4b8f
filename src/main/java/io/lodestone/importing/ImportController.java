package io.lodestone.importing;

import io.lodestone.security.WriteAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "admin", description = "Writes to the graph; need the admin token")
class ImportController {

    private final GraphImporter importer;
    private final WriteAccess writeAccess;

    ImportController(GraphImporter importer, WriteAccess writeAccess) {
        this.importer = importer;
        this.writeAccess = writeAccess;
    }

    @PostMapping("/api/admin/import")
    @Operation(summary = "Re-import the graph from the import directory",
            description = "Validates every file first and writes nothing when any problem exists (422 listing them all);"
                    + " otherwise loads everything in one transaction. Unchanged files change nothing.")
    ImportReport reimport(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        writeAccess.check(authorization);
        return importer.importGraph();
    }
}
