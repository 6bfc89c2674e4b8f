package io.lodestone.importing;

import java.io.IOException;
import java.io.InputStream;

import io.lodestone.problem.InvalidParameterException;
import io.lodestone.security.WriteAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "admin", description = "Writes to the graph; need the admin token")
class ImportController {

    private final GraphImporter importer;
    private final FtmImporter ftmImporter;
    private final WriteAccess writeAccess;

    ImportController(GraphImporter importer, FtmImporter ftmImporter, WriteAccess writeAccess) {
        this.importer = importer;
        this.ftmImporter = ftmImporter;
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

    @PostMapping("/api/admin/import/ftm")
    @Operation(summary = "Add FollowTheMoney entities (JSON lines) to the import files and re-import the graph",
            description = "New entities, their Documents (as sources) and the links between them are appended to the"
                    + " import files; entities already in the graph (same id) or resembling one (same normalised name or"
                    + " alias) are reported for review, never merged, and links to them are held. A line that is not an"
                    + " FtM entity of the schema rejects the file (422, line by line); a failed re-import restores the files.")
    FtmImportReport importFtm(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                              @Parameter(description = "a name for the file, e.g. eu-fsf-2026-01.ftm.json")
                              @RequestParam(required = false) String file,
                              @Parameter(description = "title of the file, the source of entities no Document of the file attests")
                              @RequestParam(required = false) String title,
                              @Parameter(description = "its publisher, e.g. OpenSanctions") @RequestParam(required = false) String publisher,
                              @Parameter(description = "its date (ISO), default today") @RequestParam(required = false) String date,
                              @Parameter(description = "where it came from") @RequestParam(required = false) String url,
                              @Parameter(description = "report only, write nothing") @RequestParam(defaultValue = "false") boolean dryRun,
                              HttpServletRequest request) throws IOException {
        writeAccess.check(authorization);
        String name = file == null || file.isBlank() ? "upload.ftm.json" : file.strip();
        if (name.length() > 200) {
            throw new InvalidParameterException("file", "'file' is at most 200 characters.");
        }
        FtmImporter.FileSource source = new FtmImporter.FileSource(name, "source:ftm-" + FtmImporter.key(name),
                title == null || title.isBlank() ? name : title.strip(),
                publisher == null || publisher.isBlank() ? "unknown publisher (FtM import)" : publisher.strip(), date, url);
        try (InputStream body = request.getInputStream()) {
            return ftmImporter.importFile(body, source, dryRun);
        }
    }
}
