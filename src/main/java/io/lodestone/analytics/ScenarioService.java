package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.analytics.Scenario.Change;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.NodeView;
import io.lodestone.problem.InvalidParameterException;
import io.lodestone.problem.Parameters;
import org.springframework.stereotype.Service;

/**
 * What-if questions. The facts are read in a read transaction, the changes are applied to an
 * in-memory copy ({@link World}), and dependencies, concentration and influence are computed on
 * both: the stored graph is never written, so concurrent scenarios cannot see each other.
 */
@Service
public class ScenarioService {

    private static final Set<String> TYPES = Set.of("restrict-exports", "remove-actor", "close-facility");

    private final GraphReader reader;

    ScenarioService(GraphReader reader) {
        this.reader = reader;
    }

    public Scenario.Answer run(Scenario.Request request) {
        if (request == null) {
            throw new InvalidParameterException("body", "The request body must be a JSON object with targets and changes.");
        }
        List<String> targets = targets(request.targets());
        List<Change> changes = changes(request.changes());
        String resource = resource(request.resource(), changes);
        String asOf = Parameters.asOf(request.asOf());
        int limit = Parameters.range("limit", request.limit(), 10, 1, 50);
        return reader.inReadTransaction(tx -> {
            AnalyticsRepository repository = new AnalyticsRepository(tx);
            for (Change change : changes) {
                for (String id : new String[] {change.actor(), change.target(), change.facility()}) {
                    if (id != null) {
                        AnalyticsService.require(repository, "changes", id);
                    }
                }
            }
            List<Scenario.Outcome> outcomes = new ArrayList<>();
            for (String target : targets) {
                NodeView targetNode = AnalyticsService.require(repository, "targets", target);
                World before = AnalyticsService.load(repository, List.of(target), resource, true, target).validOn(asOf);
                World after = apply(before, changes, resource, asOf);
                Scenario.Snapshot was = snapshot(targetNode, resource, before, limit);
                Scenario.Snapshot is = snapshot(targetNode, resource, after, limit);
                outcomes.add(new Scenario.Outcome(targetNode, was, is, diff(was, is)));
            }
            return new Scenario.Answer(resource, asOf, changes, outcomes,
                    "Computed on a copy of the facts in memory; the stored graph is unchanged.");
        });
    }

    private static World apply(World world, List<Change> changes, String resource, String asOf) {
        World changed = world;
        int n = 0;
        for (Change change : changes) {
            n++;
            changed = switch (change.type()) {
                case "remove-actor" -> changed.without(change.actor());
                case "close-facility" -> changed.without(change.facility());
                default -> {
                    String restricted = change.resource() == null ? resource : change.resource();
                    NodeView restrictor = new NodeView(change.actor(), change.actor(), null);
                    Fact assumed = new Fact("scenario:change-" + n, "RESTRICTS_EXPORT_OF", restrictor,
                            changed.resources.getOrDefault(restricted, new NodeView(restricted, restricted, null)),
                            Map.of("activity", "export ban (scenario)", "confidence", "assumed",
                                    "since", asOf == null ? "scenario" : asOf), null);
                    yield changed.with(restricted, new Restriction(assumed,
                            change.target() == null ? List.of() : List.of(change.target())));
                }
            };
        }
        return changed;
    }

    private static Scenario.Snapshot snapshot(NodeView target, String resource, World world, int limit) {
        Reliance reliance = Reliance.of(target.id(), resource, world);
        Concentration concentration = Concentration.of(world.resources.get(resource), world.production(resource));
        List<Scenario.Score> influence = Influence.rank(target, resource, world, new ArrayList<>()).stream().limit(limit)
                .map(r -> new Scenario.Score(r.actor().id(), r.actor().name(), r.score())).toList();
        List<List<String>> chains = world.chains.stream()
                .map(c -> c.nodes().stream().map(NodeView::id).toList()).distinct().toList();
        return new Scenario.Snapshot(reliance.exposure(), reliance.exposureArithmetic(), reliance.suppliers(),
                concentration.hhi(), concentration.topProducer(), concentration.coveredShare(), chains, influence);
    }

    private static Scenario.Diff diff(Scenario.Snapshot before, Scenario.Snapshot after) {
        Map<String, Scenario.Score> was = new LinkedHashMap<>();
        before.influence().forEach(s -> was.put(s.id(), s));
        Map<String, Scenario.Score> is = new LinkedHashMap<>();
        after.influence().forEach(s -> is.put(s.id(), s));
        List<Scenario.ScoreChange> changes = new ArrayList<>();
        Set<String> ids = new java.util.LinkedHashSet<>(was.keySet());
        ids.addAll(is.keySet());
        for (String id : ids) {
            double b = was.containsKey(id) ? was.get(id).score() : 0;
            double a = is.containsKey(id) ? is.get(id).score() : 0;
            if (Math.abs(a - b) > 1e-9) {
                String name = (is.containsKey(id) ? is.get(id) : was.get(id)).name();
                changes.add(new Scenario.ScoreChange(id, name, b, a, a - b));
            }
        }
        Double hhi = before.hhi() == null || after.hhi() == null ? null : after.hhi() - before.hhi();
        return new Scenario.Diff(after.exposure() - before.exposure(), hhi, changes);
    }

    private static List<String> targets(List<String> targets) {
        if (targets == null || targets.isEmpty() || targets.size() > 5) {
            throw new InvalidParameterException("targets", "'targets' must list 1 to 5 entity ids, e.g. [\"bloc:EU\"].");
        }
        return targets.stream().map(t -> Parameters.id("targets", t)).toList();
    }

    private static List<Change> changes(List<Change> changes) {
        if (changes == null || changes.isEmpty() || changes.size() > 10) {
            throw new InvalidParameterException("changes", "'changes' must list 1 to 10 changes, e.g."
                    + " [{\"type\":\"restrict-exports\",\"actor\":\"country:CN\",\"resource\":\"mineral:gallium\",\"target\":\"bloc:EU\"}].");
        }
        for (Change change : changes) {
            if (change == null || change.type() == null || !TYPES.contains(change.type())) {
                throw new InvalidParameterException("changes", "each change's 'type' must be one of restrict-exports,"
                        + " remove-actor, close-facility; was " + Parameters.quote(String.valueOf(change == null ? null : change.type())) + ".");
            }
            switch (change.type()) {
                case "close-facility" -> {
                    Parameters.id("changes", change.facility());
                    if (!change.facility().startsWith("facility:")) {
                        throw new InvalidParameterException("changes", "close-facility needs 'facility': a facility id such as"
                                + " facility:nui-phao-mine; was " + Parameters.quote(change.facility()) + ".");
                    }
                }
                case "remove-actor" -> Parameters.id("changes", change.actor());
                default -> {
                    Parameters.id("changes", change.actor());
                    if (change.resource() != null) {
                        Parameters.id("changes", change.resource());
                    }
                    if (change.target() != null) {
                        Parameters.id("changes", change.target());
                    }
                }
            }
        }
        return changes;
    }

    private static String resource(String resource, List<Change> changes) {
        if (resource != null && !resource.isBlank()) {
            return Parameters.id("resource", resource);
        }
        return changes.stream().filter(c -> c.resource() != null).map(Change::resource).findFirst()
                .orElseThrow(() -> new InvalidParameterException("resource", "'resource' is required (e.g. mineral:gallium)"
                        + " unless a restrict-exports change names one."));
    }
}
