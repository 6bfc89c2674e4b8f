package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.analytics.Scenario.Change;
import io.lodestone.graph.EntityLookup;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.FactProperties;
import io.lodestone.graph.NodeView;
import org.springframework.stereotype.Service;

/**
 * What-if questions. The facts are read in a read transaction, the changes are applied to an
 * in-memory copy ({@link Situation}), and dependencies, concentration and influence are computed on
 * both: the stored graph is never written, so concurrent scenarios cannot see each other.
 */
@Service
public class ScenarioService {

    private final GraphReader reader;
    private final ReadCache readCache;

    ScenarioService(GraphReader reader, ReadCache readCache) {
        this.reader = reader;
        this.readCache = readCache;
    }

    public Scenario.Answer run(Scenario.Query query) {
        List<String> targets = query.targets();
        List<Change> changes = query.changes();
        String resource = query.resource();
        String asOf = query.asOf();
        int limit = query.limit();
        ReadCache.Reads kept = readCache.now();
        return reader.inReadTransaction(tx -> {
            AnalyticsRepository repository = new AnalyticsRepository(tx, kept);
            for (Change change : changes) {
                for (String id : new String[] {change.actor(), change.target(), change.facility()}) {
                    if (id != null) {
                        EntityLookup.require(tx, "changes", id);
                    }
                }
            }
            List<Scenario.Outcome> outcomes = new ArrayList<>();
            for (String target : targets) {
                NodeView targetNode = EntityLookup.require(tx, "targets", target);
                Situation before = AnalyticsService.load(repository, List.of(targetNode), resource, asOf, true, target).validOn(asOf);
                Situation after = apply(before, changes, resource, asOf);
                Scenario.Snapshot was = snapshot(targetNode, resource, before, limit);
                Scenario.Snapshot is = snapshot(targetNode, resource, after, limit);
                outcomes.add(new Scenario.Outcome(targetNode, was, is, diff(was, is)));
            }
            return new Scenario.Answer(resource, asOf, changes, outcomes,
                    "Computed on a copy of the facts in memory; the stored graph is unchanged.");
        });
    }

    private static Situation apply(Situation situation, List<Change> changes, String resource, String asOf) {
        Situation changed = situation;
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
                            FactProperties.assumed("export ban (scenario)", "assumed", asOf == null ? "scenario" : asOf));
                    yield changed.with(restricted, new Restriction(assumed,
                            change.target() == null ? List.of() : List.of(change.target())));
                }
            };
        }
        return changed;
    }

    private static Scenario.Snapshot snapshot(NodeView target, String resource, Situation situation, int limit) {
        Reliance reliance = Reliance.of(target.id(), resource, situation);
        Concentration concentration = situation.concentration(situation.resources.get(resource));
        List<Scenario.Score> influence = Influence.rank(target, resource, situation, new ArrayList<>()).stream().limit(limit)
                .map(r -> new Scenario.Score(r.actor().id(), r.actor().name(), r.score())).toList();
        List<List<String>> chains = situation.chains.stream()
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
}
