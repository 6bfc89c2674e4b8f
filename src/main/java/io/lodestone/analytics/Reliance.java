package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.graph.NodeView;

/**
 * An actor's import reliance on each supplier of a resource, and its exposure: the share of its
 * supply that comes from suppliers restricting exports to it, weighted by how severe the
 * restriction is (ban 1, licensing or other control 0.5).
 */
record Reliance(List<Supplier> suppliers, double exposure, String exposureArithmetic) {

    /**
     * @param share         fraction of the actor's imports/sourcing of the resource, or null when no figure exists
     * @param factIds       the fact the share comes from first, then competing figures
     * @param restriction   the most severe restriction of this supplier that applies to the actor (0 if none)
     * @param restrictionFactIds the restriction facts that apply
     */
    record Supplier(NodeView supplier, Double share, String valueText, List<String> factIds, double restriction,
                    List<String> restrictionFactIds) {
    }

    static Reliance of(String actor, String resource, Situation situation) {
        Map<String, List<Fact>> bySupplier = new LinkedHashMap<>();
        situation.dependencies.getOrDefault(actor, List.of()).stream()
                .filter(f -> resource.equals(f.properties().resource()))
                .forEach(f -> bySupplier.computeIfAbsent(f.end().id(), k -> new ArrayList<>()).add(f));
        List<Supplier> suppliers = new ArrayList<>();
        for (List<Fact> facts : bySupplier.values()) {
            Fact best = facts.stream().max(Comparator
                    .comparing((Fact f) -> f.properties().share() != null)
                    .thenComparing(Fact::confidenceWeight)
                    .thenComparing(f -> String.valueOf(f.properties().since()))).orElseThrow();
            List<String> ids = new ArrayList<>(List.of(best.id()));
            facts.stream().filter(f -> f != best).forEach(f -> ids.add(f.id()));
            List<Restriction> applying = situation.restrictions(resource).stream()
                    .filter(r -> r.fact().start().id().equals(best.end().id()) && r.appliesTo(actor))
                    .toList();
            double severity = applying.stream().mapToDouble(Restriction::severity).max().orElse(0);
            suppliers.add(new Supplier(best.end(), best.properties().share(), best.properties().valueText(), ids, severity,
                    applying.stream().map(r -> r.fact().id()).toList()));
        }
        suppliers.sort(Comparator.comparing((Supplier s) -> s.share() == null ? -1 : s.share()).reversed());
        double exposure = suppliers.stream().filter(s -> s.share() != null).mapToDouble(s -> s.share() * s.restriction()).sum();
        String arithmetic = suppliers.stream().filter(s -> s.share() != null && s.restriction() > 0)
                .map(s -> String.format("%s %.2f × %.1f", s.supplier().name(), s.share(), s.restriction()))
                .reduce((a, b) -> a + " + " + b).map(s -> s + String.format(" = %.3f", exposure))
                .orElse("no supplier with a known share restricts exports to this actor: 0");
        return new Reliance(suppliers, exposure, arithmetic);
    }
}
