package io.lodestone.candidates;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.Value;

/**
 * A candidate fact as the API shows it. {@code start}/{@code end} are {@code {id, name, kind}}
 * with id null for a name the graph does not know yet (kind is then the likeliest kind).
 *
 * @param confidence 0..1, how sure the proposal is
 * @param why        what made the proposal: trigger words, the most similar curated fact
 * @param status     proposed, accepted or rejected
 */
public record CandidateView(String id, String document, int sentence, String type, EndView start, EndView end,
                            String evidence, int evidenceStart, int evidenceEnd, String date, Double amount, String unit,
                            Double share, String valueText, double confidence, String why, String status,
                            String fact, String decidedBy, String decidedAt, String reason) {

    public record EndView(String id, String name, String kind) {
    }

    public static CandidateView of(Value c) {
        return new CandidateView(c.get("id").asString(), c.get("document").asString(), c.get("sentence").asInt(),
                c.get("type").asString(null),
                new EndView(c.get("startId").asString(null), c.get("startName").asString(), c.get("startKind").asString(null)),
                new EndView(c.get("endId").asString(null), c.get("endName").asString(), c.get("endKind").asString(null)),
                c.get("evidence").asString(), c.get("evidenceStart").asInt(), c.get("evidenceEnd").asInt(),
                c.get("date").asString(null),
                c.get("amount").isNull() ? null : c.get("amount").asDouble(), c.get("unit").asString(null),
                c.get("share").isNull() ? null : c.get("share").asDouble(), c.get("valueText").asString(null),
                c.get("confidence").asDouble(), c.get("why").asString(null), c.get("status").asString(),
                c.get("fact").asString(null), c.get("decidedBy").asString(null), c.get("decidedAt").asString(null),
                c.get("reason").asString(null));
    }

    /** The properties a Candidate node holds for a proposal, with its status from the decisions. */
    static Map<String, Object> properties(Proposal p, Decision decision) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", p.id());
        map.put("document", p.document());
        map.put("sentence", p.sentence());
        map.put("type", p.type());
        map.put("startId", p.start().id());
        map.put("startName", p.start().name());
        map.put("startKind", p.start().kind());
        map.put("endId", p.end().id());
        map.put("endName", p.end().name());
        map.put("endKind", p.end().kind());
        map.put("evidence", p.evidence());
        map.put("evidenceStart", p.evidenceStart());
        map.put("evidenceEnd", p.evidenceEnd());
        map.put("date", p.date());
        map.put("amount", p.amount() == null ? null : p.amount().doubleValue());
        map.put("unit", p.unit());
        map.put("share", p.share() == null ? null : p.share().doubleValue());
        map.put("valueText", p.valueText());
        map.put("confidence", p.confidence());
        map.put("why", p.why());
        map.put("status", decision == null ? "proposed" : decision.decision());
        if (decision != null) {
            map.put("fact", decision.fact());
            map.put("decidedBy", decision.who());
            map.put("decidedAt", decision.at());
            map.put("reason", decision.reason());
        }
        return map;
    }
}
