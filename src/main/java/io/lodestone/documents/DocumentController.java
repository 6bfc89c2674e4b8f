package io.lodestone.documents;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.lodestone.documents.DocumentService.Ingested;
import io.lodestone.documents.DocumentService.Metadata;
import io.lodestone.security.Editor;
import io.lodestone.security.EditorAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

@RestController
@Tag(name = "documents", description = "Reports held by Lodestone: ingest (editor token), search, read, mentions")
class DocumentController {

    private final DocumentService documents;
    private final EditorAccess editors;
    private final DocumentsProperties properties;

    DocumentController(DocumentService documents, EditorAccess editors, DocumentsProperties properties) {
        this.documents = documents;
        this.editors = editors;
        this.properties = properties;
    }

    @PostMapping("/api/documents")
    @Operation(summary = "Ingest a document (needs an editor token)",
            description = "The body is the document: text/plain, text/html (the article's text is kept, page furniture"
                    + " dropped) or application/pdf. 201 with its id and Location; the same text again: 200 with the"
                    + " document already held (its metadata unchanged). The text is frozen: every offset points into it.")
    ResponseEntity<DocumentSummary> ingest(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @Parameter(description = "the document's title; default: the page's or PDF's title, else its first line")
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String publisher,
            @RequestParam(required = false) String author,
            @Parameter(description = "publication date: YYYY-MM-DD, YYYY-MM or YYYY") @RequestParam(required = false) String date,
            @Parameter(description = "where it was published: an http(s) URL") @RequestParam(required = false) String url,
            @Parameter(description = "ISO 639 code; default: the HTML page's lang") @RequestParam(required = false) String language,
            HttpServletRequest request) throws IOException {
        Editor editor = editors.requireEditor(authorization);
        MediaType type = mediaType(contentType);
        byte[] body = body(request);
        Ingested ingested = documents.ingest(editor, body, type,
                new Metadata(title, publisher, author, date, url, language));
        URI location = URI.create("/api/documents/" + UriUtils.encodePathSegment(ingested.document().id(), "UTF-8"));
        return ResponseEntity.status(ingested.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(location).body(ingested.document());
    }

    @GetMapping("/api/documents")
    @Operation(summary = "Documents, most recently ingested first; with q, those whose text holds the words, best first",
            description = "q is case- and accent-insensitive; each hit has a snippet around the first match with the"
                    + " matched words marked (highlights: offsets into the snippet; snippetHtml: escaped, in <mark>).")
    DocumentPage list(@Valid @ParameterObject DocumentsRequest request) {
        return documents.list(request.q(), request.from(), request.size());
    }

    @GetMapping("/api/documents/{id}")
    @Operation(summary = "A document: metadata, frozen text, and how many mentions and candidate facts it has")
    DocumentDetail document(@PathVariable String id) {
        return documents.document(id);
    }

    @GetMapping("/api/documents/{id}/mentions")
    @Operation(summary = "The names a document mentions, in text order",
            description = "Each: text, start, end (offsets into the document's text), sentence (its index), entity"
                    + " ({id, name, type}), or entity null and proposedKind (organisation, person, place) for a name the"
                    + " graph does not know.")
    List<Mention> mentions(@Valid @ParameterObject MentionsRequest request) {
        return documents.mentions(request.id(), request.from(), request.size());
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new DocumentRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Content-Type required", "Send the document with its Content-Type: text/plain, text/html or"
                    + " application/pdf.");
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new DocumentRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Invalid Content-Type", "The Content-Type cannot be read: " + e.getMessage());
        }
    }

    /** At most lodestone.documents.max-size bytes are read, whether or not the request says how many it sends. */
    private byte[] body(HttpServletRequest request) throws IOException {
        long max = properties.maxSize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(request.getContentLengthLong(), max);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw tooLarge(-1, max);
            }
            return body;
        }
    }

    private static DocumentRejectedException tooLarge(long length, long max) {
        return new DocumentRejectedException(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Document too large",
                "The document has " + (length < 0 ? "more than " + max : length) + " bytes; at most " + max
                        + " are accepted (lodestone.documents.max-size).");
    }
}
