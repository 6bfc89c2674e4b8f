package io.lodestone.analytics;

import java.util.List;
import java.util.Set;

import io.lodestone.problem.InvalidParameterException;
import io.lodestone.request.Between;
import io.lodestone.request.EntityId;
import io.lodestone.request.IsoDate;
import io.lodestone.request.Values;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.lodestone.analytics.Concentration.ProducerShare;
import io.lodestone.graph.NodeView;

/** A what-if question and its answer. */
final class Scenario {

    private Scenario() {
    }

    private static final String TARGETS = InvalidParameterException.PARAMETER + " must list 1 to 5 entity ids, e.g. [\"bloc:EU\"].";
    private static final String CHANGES = InvalidParameterException.PARAMETER + " must list 1 to 10 changes, e.g."
            + " [{\"type\":\"restrict-exports\",\"actor\":\"country:CN\",\"resource\":\"mineral:gallium\",\"target\":\"bloc:EU\"}].";
    private static final Set<String> TYPES = Set.of("restrict-exports", "remove-actor", "close-facility");

    /**
     * The request body as it arrives; components in the order they are checked. Each change's
     * fields depend on its type, so {@link #query()} checks the changes.
     *
     * @param targets  the actors whose position is compared (1 to 5 ids)
     * @param resource the resource compared; defaults to the resource of the first restriction
     * @param changes  1 to 10 changes, applied in order
     */
    record Request(@NotNull(message = TARGETS) @Size(min = 1, max = 5, message = TARGETS) List<@EntityId String> targets,
                   @EntityId(optional = true) String resource,
                   @IsoDate String asOf,
                   @NotNull(message = CHANGES) @Size(min = 1, max = 10, message = CHANGES) List<Change> changes,
                   @Between(min = 1, max = 50) Integer limit) {

        /** @throws InvalidParameterException for a change its type cannot run, or no resource to compare */
        Query query() {
            changes.forEach(Scenario::check);
            String compared = resource != null && !resource.isBlank() ? resource
                    : changes.stream().map(Change::resource).filter(r -> r != null).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("resource", "'resource' is required (e.g. mineral:gallium)"
                            + " unless a restrict-exports change names one."));
            return new Query(targets, compared, Values.isoDate(asOf), changes, limit == null ? 10 : limit);
        }
    }

    /** A checked what-if question, defaults filled in. */
    record Query(List<String> targets, String resource, String asOf, List<Change> changes, int limit) {
    }

    private static void check(Change change) {
        if (change == null || change.type() == null || !TYPES.contains(change.type())) {
            throw new InvalidParameterException("changes", "each change's 'type' must be one of restrict-exports,"
                    + " remove-actor, close-facility; was "
                    + InvalidParameterException.quote(String.valueOf(change == null ? null : change.type())) + ".");
        }
        switch (change.type()) {
            case "close-facility" -> {
                Values.entityId("changes", change.facility());
                if (!change.facility().startsWith("facility:")) {
                    throw new InvalidParameterException("changes", "close-facility needs 'facility': a facility id such as"
                            + " facility:nui-phao-mine; was " + InvalidParameterException.quote(change.facility()) + ".");
                }
            }
            case "remove-actor" -> Values.entityId("changes", change.actor());
            default -> {
                Values.entityId("changes", change.actor());
                if (change.resource() != null) {
                    Values.entityId("changes", change.resource());
                }
                if (change.target() != null) {
                    Values.entityId("changes", change.target());
                }
            }
        }
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
