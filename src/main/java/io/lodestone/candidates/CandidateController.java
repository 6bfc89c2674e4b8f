package io.lodestone.candidates;

import java.util.List;
import java.util.Set;

import io.lodestone.problem.InvalidParameterException;
import io.lodestone.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "candidates", description = "Facts proposed from documents, waiting for review")
class CandidateController {

    private static final Set<String> STATUSES = Set.of("proposed", "accepted", "rejected");

    private final Candidates candidates;
    private final CandidatesProperties properties;

    CandidateController(Candidates candidates, CandidatesProperties properties) {
        this.candidates = candidates;
        this.properties = properties;
    }

    @GetMapping("/api/candidates")
    @Operation(summary = "Candidate facts, in reading order of their documents",
            description = "Each with its type (null: open for the reviewer), ends ({id, name, kind}; id null for a name"
                    + " the graph does not know), evidence sentence with offsets into the document's text, date, amount,"
                    + " unit, share, confidence (0..1), why it was proposed, and status.")
    CandidatePage list(@Valid @ParameterObject CandidatesRequest request) {
        String status = request.status();
        String document = request.document();
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidParameterException("status", "'status' must be proposed, accepted or rejected; was "
                    + InvalidParameterException.quote(status) + ".");
        }
        if (document != null && (document.isBlank() || document.length() > 200)) {
            throw new InvalidParameterException("document", "'document' must be a document id such as document:0123456789abcdef.");
        }
        return candidates.list(document, status, request.from(), request.size(properties.maxPageSize()));
    }

    @GetMapping("/api/relationship-types")
    @Operation(summary = "The relationship types a fact may have, with the kinds each may start and end at",
            description = "From import/relationship-types.csv; kinds are id prefixes (country, firm, ...), * any kind."
                    + " A reviewer correcting a candidate's type picks one of these.")
    List<RelationshipRule> relationshipTypes() {
        return candidates.rules();
    }

    @GetMapping("/api/candidates/{id}")
    @Operation(summary = "One candidate fact")
    CandidateView candidate(@PathVariable String id) {
        return candidates.find(id).orElseThrow(() -> new NotFoundException("No candidate fact " + InvalidParameterException.quote(id)
                + "; list them with GET /api/candidates?document=..."));
    }
}
