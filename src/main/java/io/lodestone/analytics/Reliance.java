package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.lodestone.analytics.AnalyticsRepository.ImportShare;
import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.graph.NodeView;

/**
 * An actor's import reliance on each supplier of a resource, and its exposure: the share of its
 * supply that comes from suppliers restricting exports to it, weighted by how severe the
 * restriction is (ban 1, licensing or other control 0.5).
 */
record Reliance(List<Supplier> suppliers, double exposure, String exposureArithmetic, OtherSuppliers otherSuppliers) {

    /** The suppliers an answer does not list: how many, and their combined share (of those with a figure). */
    record OtherSuppliers(int count, double share) {
    }

    /**
     * @param share         fraction of the actor's imports/sourcing of the resource, or null when no figure exists
     * @param factIds       the fact the share comes from first, then competing figures (the first 10 of them)
     * @param factCount     how many facts there are for this supplier
     * @param restriction   the most severe restriction of this supplier that applies to the actor (0 if none)
     * @param restrictionFactIds the restriction facts that apply
     */
    record Supplier(NodeView supplier, Double share, String valueText, List<String> factIds, int factCount, double restriction,
                    List<String> restrictionFactIds) {
    }

    static Reliance of(String actor, String resource, Situation situation) {
        return of(actor, resource, situation.dependencies.getOrDefault(actor, List.of()).stream()
                .filter(f -> resource.equals(f.properties().resource())).toList(), situation);
    }

    /** @param imports the actor's import facts of the resource (a hub's, grouped by resource once, not once per resource) */
    static Reliance of(String actor, String resource, List<Fact> imports, Situation situation) {
        Map<String, List<Fact>> bySupplier = new LinkedHashMap<>();
        imports.forEach(f -> bySupplier.computeIfAbsent(f.end().id(), k -> new ArrayList<>()).add(f));
        // restrictions by restrictor, not scanned once per supplier
        Map<String, List<Restriction>> byRestrictor = new LinkedHashMap<>();
        situation.restrictions(resource).forEach(r -> byRestrictor.computeIfAbsent(r.fact().start().id(), k -> new ArrayList<>()).add(r));
        List<Supplier> suppliers = new ArrayList<>();
        for (List<Fact> facts : bySupplier.values()) {
            Fact best = facts.stream().max(Comparator
                    .comparing((Fact f) -> f.properties().share() != null)
                    .thenComparing(Fact::confidenceWeight)
                    .thenComparing(f -> String.valueOf(f.properties().since()))).orElseThrow();
            // read with import-shares.cypher: the query chose the fact and named the first others
            ImportShare read = facts.size() == 1 ? situation.imports.get(best.id()) : null;
            List<String> ids = read != null ? read.factIds()
                    : Stream.concat(Stream.of(best), facts.stream().filter(f -> f != best)).map(Fact::id).toList();
            int count = read != null ? read.factCount() : ids.size();
            List<Restriction> applying = byRestrictor.getOrDefault(best.end().id(), List.of()).stream()
                    .filter(r -> r.appliesTo(actor))
                    .toList();
            double severity = applying.stream().mapToDouble(Restriction::severity).max().orElse(0);
            suppliers.add(new Supplier(best.end(), best.properties().share(), best.properties().valueText(), ids, count, severity,
                    applying.stream().map(r -> r.fact().id()).toList()));
        }
        suppliers.sort(Comparator.comparing((Supplier s) -> s.share() == null ? -1 : s.share()).reversed());
        double exposure = suppliers.stream().filter(s -> s.share() != null).mapToDouble(s -> s.share() * s.restriction()).sum();
        String arithmetic = suppliers.stream().filter(s -> s.share() != null && s.restriction() > 0)
                .map(s -> String.format("%s %.2f × %.1f", s.supplier().name(), s.share(), s.restriction()))
                .reduce((a, b) -> a + " + " + b).map(s -> s + String.format(" = %.3f", exposure))
                .orElse("no supplier with a known share restricts exports to this actor: 0");
        return new Reliance(suppliers, exposure, arithmetic, new OtherSuppliers(0, 0));
    }

    /**
     * The {@code limit} largest suppliers listed, the others summed in {@link #otherSuppliers()}; the
     * exposure stays computed over all (a hub of a large graph imports a resource from hundreds).
     */
    Reliance top(int limit) {
        if (suppliers.size() <= limit) {
            return this;
        }
        List<Supplier> others = suppliers.subList(limit, suppliers.size());
        return new Reliance(List.copyOf(suppliers.subList(0, limit)), exposure, exposureArithmetic, new OtherSuppliers(others.size(),
                others.stream().filter(s -> s.share() != null).mapToDouble(Supplier::share).sum()));
    }
}
