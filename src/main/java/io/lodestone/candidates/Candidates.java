package io.lodestone.candidates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lodestone.documents.DocumentIngested;
import io.lodestone.graph.CypherFiles;
import io.lodestone.graph.GraphReader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Candidate facts: proposed when a document is ingested, stored as {@code (:Candidate)-[:PROPOSED_IN]->(:Document)}
 * (not entities: analytics and paths never see them), their status from the reviewers' decisions.
 * Proposing again from the same document gives the same candidates.
 */
@Service
public class Candidates {

    private static final Logger log = LoggerFactory.getLogger(Candidates.class);

    private final CandidateModel model;
    private final Decisions decisions;
    private final GraphReader reader;
    private final Driver driver;
    private final CypherFiles cypher;
    private final String database;

    Candidates(CandidateModel model, Decisions decisions, GraphReader reader, Driver driver, CypherFiles cypher,
               @Value("${spring.data.neo4j.database:neo4j}") String database) {
        this.model = model;
        this.decisions = decisions;
        this.reader = reader;
        this.driver = driver;
        this.cypher = cypher;
        this.database = database;
    }

    @EventListener
    void propose(DocumentIngested event) {
        List<Proposal> proposals = model.proposer().propose(event.document(), event.sentences(), event.mentions());
        List<Map<String, Object>> rows = proposals.stream()
                .map(p -> CandidateView.properties(p, decisions.of(p.id()).orElse(null))).toList();
        String document = event.document().id();
        try (Session session = driver.session(SessionConfig.forDatabase(database))) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(cypher.get("candidates/save.cypher"), Map.of("document", document, "candidates", rows)).consume();
                tx.run(cypher.get("candidates/prune.cypher"),
                        Map.of("document", document, "ids", proposals.stream().map(Proposal::id).toList())).consume();
            });
        }
        log.info("Proposed {} candidate facts from {}", proposals.size(), document);
    }

    public CandidatePage list(String document, String status, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("document", document);
        parameters.put("status", status);
        return reader.inReadTransaction(tx -> {
            long total = tx.run("candidates/count.cypher", parameters).get(0).get("total").asLong();
            Map<String, Object> page = new HashMap<>(parameters);
            page.put("skip", offset);
            page.put("limit", limit);
            List<CandidateView> candidates = tx.run("candidates/list.cypher", page).stream()
                    .map(r -> CandidateView.of(r.get("candidate"))).toList();
            return new CandidatePage(total, offset, limit, candidates);
        });
    }

    /** The relationship types of the import files, with the kinds each allows. */
    public List<RelationshipRule> rules() {
        return model.rules();
    }

    public Optional<CandidateView> find(String id) {
        return reader.read("candidates/candidate.cypher", Map.of("id", id)).stream()
                .map(r -> CandidateView.of(r.get("candidate"))).findFirst();
    }
}
