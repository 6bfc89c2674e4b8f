package io.lodestone.analytics;

import java.util.List;

import io.lodestone.analytics.Concentration.ProducerShare;
import io.lodestone.graph.NodeView;

/** A what-if question and its answer. */
final class Scenario {

    private Scenario() {
    }

    /**
     * @param targets  the actors whose position is compared (1 to 5 ids)
     * @param resource the resource compared; defaults to the resource of the first restriction
     * @param changes  1 to 10 changes, applied in order
     */
    record Request(List<String> targets, String resource, String asOf, List<Change> changes, Integer limit) {
    }

    /**
     * @param type     restrict-exports (actor, resource, optional target: else everyone), remove-actor (actor),
     *                 or close-facility (facility)
     */
    record Change(String type, String actor, String resource, String target, String facility) {
    }

    record Answer(String resource, String asOf, List<Change> changes, List<Outcome> targets, String note) {
    }

    record Outcome(NodeView target, Snapshot before, Snapshot after, Diff diff) {
    }

    /** @param supplyChains the target's supply chains for the resource, each as its entities in order */
    record Snapshot(double exposure, String exposureArithmetic, List<Reliance.Supplier> reliance, Double hhi,
                    ProducerShare topProducer, double coveredShare, List<List<String>> supplyChains, List<Score> influence) {
    }

    record Score(String id, String name, double score) {
    }

    record Diff(double exposure, Double hhi, List<ScoreChange> influence) {
    }

    record ScoreChange(String id, String name, double before, double after, double delta) {
    }
}
