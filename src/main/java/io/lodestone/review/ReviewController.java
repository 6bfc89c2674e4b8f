package io.lodestone.review;

import io.lodestone.candidates.CandidateView;
import io.lodestone.security.Editor;
import io.lodestone.security.EditorAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

@RestController
@Tag(name = "review", description = "Accept or reject candidate facts, merge entities; need an editor token")
class ReviewController {

    private final ReviewService review;
    private final EntityMerger merger;
    private final EditorAccess access;
    private final ObjectMapper json;

    ReviewController(ReviewService review, EntityMerger merger, EditorAccess access, ObjectMapper json) {
        this.review = review;
        this.merger = merger;
        this.access = access;
        this.json = json;
    }

    /** Reads a body strictly: a misspelt field is an error, not silently ignored. */
    private <T> T body(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
        } catch (JacksonException e) {
            throw new InvalidCorrectionException("body", "The body is not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }

    @PostMapping("/api/candidates/{id}/accept")
    @Operation(summary = "Accept a candidate fact, with corrections",
            description = "The fact is appended to import/relationships.csv (the document as its source in sources.csv,"
                    + " the sentence as evidence, offsets in origin, reviewer and time in note) and written to the graph."
                    + " The body may correct type, reverse the direction, map or create the ends, and set dates and values."
                    + " 409 when the candidate was already decided.")
    CandidateView accept(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                         @PathVariable String id, @RequestBody(required = false) String correction) {
        Editor editor = access.requireEditor(authorization);
        return review.accept(id, body(correction, Correction.class), editor);
    }

    @PostMapping("/api/candidates/{id}/reject")
    @Operation(summary = "Reject a candidate fact, with a reason",
            description = "Nothing is written to the graph's facts: the decision is kept in the decisions file and the audit log.")
    CandidateView reject(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                         @PathVariable String id, @RequestBody(required = false) String rejection) {
        Editor editor = access.requireEditor(authorization);
        return review.reject(id, body(rejection, Rejection.class), editor);
    }

    @PostMapping("/api/entities/{id}/merge")
    @Operation(summary = "Merge an entity into another found to be the same",
            description = "Body {\"into\": \"<id>\"}. The merged entity's name and aliases become aliases of the survivor,"
                    + " its facts move to the survivor (same ids, evidence and sources), its mentions and candidates follow;"
                    + " it is gone from the import files and the graph, and the merge is recorded in merges.jsonl and the audit log."
                    + " Both must be of one kind (400); facts between the two are refused (409) unless \"dropFactsBetween\": true."
                    + " Repeating a merge that was done answers it again.")
    Merge merge(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                @PathVariable String id, @RequestBody(required = false) String request) {
        Editor editor = access.requireEditor(authorization);
        return merger.merge(id, body(request, MergeRequest.class), editor);
    }
}
