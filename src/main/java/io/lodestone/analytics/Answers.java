package io.lodestone.analytics;

import java.util.List;
import java.util.Map;

import io.lodestone.graph.FactView;
import io.lodestone.graph.NodeView;

/** The JSON answers of the analytics endpoints. Facts are referenced by id and given, with sources, in {@code facts}. */
final class Answers {

    private Answers() {
    }

    /**
     * @param restrictions     the export restrictions of the resource, at most {@link AnalyticsService#RESTRICTIONS_LISTED}:
     *                         those that apply to the actor first, then the most severe, then the latest
     * @param restrictionCount all of them
     */
    record Dependencies(NodeView actor, NodeView resource, String asOf, List<ChainView> chains, Reliance reliance,
                        Concentration concentration, List<RestrictionView> restrictions, int restrictionCount, List<String> gaps,
                        Map<String, FactView> facts) {
    }

    /** A supply chain: the entities in order and every fact linking them, with sources. */
    record ChainView(String kind, String description, List<NodeView> nodes, List<FactView> relationships) {
    }

    record RestrictionView(NodeView restrictor, String activity, String since, List<String> scope, boolean appliesToActor,
                           double severity, String factId) {
    }

    record InfluenceAnswer(NodeView target, NodeView resource, String asOf, String definition, List<RankedActor> ranking,
                           List<String> notes) {
    }

    /**
     * An actor's leverage: the score, the largest terms that add up to it, and the facts behind them,
     * with sources; {@code otherTerms} sums up the terms not shown.
     */
    record RankedActor(String id, String name, String type, double score, List<Influence.Term> terms, OtherTerms otherTerms,
                       List<FactView> facts) {
    }

    /** The terms of a score that an answer does not list: how many, and what they add. */
    record OtherTerms(int count, double contribution) {
    }

    record CentralityEntry(String id, String name, String type, double score) {
    }

    record Centrality(String algorithm, String label, int nodes, long relationships, List<CentralityEntry> ranking) {
    }
}
