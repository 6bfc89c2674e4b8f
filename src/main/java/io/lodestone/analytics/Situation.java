package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lodestone.analytics.AnalyticsRepository.Chain;
import io.lodestone.analytics.AnalyticsRepository.ImportShare;
import io.lodestone.analytics.AnalyticsRepository.ProductionFigures;
import io.lodestone.analytics.AnalyticsRepository.Link;
import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.graph.NodeView;

/**
 * The facts one question needs, read once and filtered by date. Scenarios change a copy of it,
 * never the stored graph, so what-if questions need no write and cannot disturb each other.
 */
final class Situation {

    final Map<String, NodeView> resources;
    final Map<String, List<Fact>> production;
    final Map<String, List<Restriction>> restrictions;
    final Map<String, List<Fact>> dependencies;
    final List<Chain> chains;
    final List<Link> links;
    final Map<String, List<Fact>> headquarters;
    /** Import fact id → the facts of its (resource, supplier) when the query chose it as the one used. */
    final Map<String, ImportShare> imports;
    /** Production fact id → the competing figures of its producer when the query chose it as the one used. */
    final Map<String, ProductionFigures> figures;

    Situation(Map<String, NodeView> resources, Map<String, List<Fact>> production, Map<String, List<Restriction>> restrictions,
          Map<String, List<Fact>> dependencies, List<Chain> chains, List<Link> links, Map<String, List<Fact>> headquarters) {
        this(resources, production, restrictions, dependencies, chains, links, headquarters, Map.of(), Map.of());
    }

    /**
     * @param production   and restrictions: by resource id, for every resource in {@code resources}
     * @param dependencies by actor: one fact per (resource, supplier) when read with its {@code imports}
     */
    Situation(Map<String, NodeView> resources, Map<String, List<Fact>> production, Map<String, List<Restriction>> restrictions,
          Map<String, List<Fact>> dependencies, List<Chain> chains, List<Link> links, Map<String, List<Fact>> headquarters,
          Map<String, ImportShare> imports, Map<String, ProductionFigures> figures) {
        this.resources = resources;
        this.production = production;
        this.restrictions = restrictions;
        this.dependencies = dependencies;
        this.chains = chains;
        this.links = links;
        this.headquarters = headquarters;
        this.imports = imports;
        this.figures = figures;
    }

    List<Fact> production(String resource) {
        return production.getOrDefault(resource, List.of());
    }

    Concentration concentration(NodeView resource) {
        return Concentration.of(resource, resource == null ? List.of() : production(resource.id()), figures);
    }

    List<Restriction> restrictions(String resource) {
        return restrictions.getOrDefault(resource, List.of());
    }

    Situation validOn(String asOf) {
        return new Situation(resources,
                filter(production, f -> f.validOn(asOf)),
                filter(restrictions, r -> r.fact().validOn(asOf)),
                filter(dependencies, f -> f.validOn(asOf)),
                chains.stream().filter(c -> c.facts().stream().allMatch(f -> f.validOn(asOf))).toList(),
                links.stream().filter(l -> l.fact().validOn(asOf)).toList(),
                headquarters, imports, figures);
    }

    /** Without an actor or facility: every fact that touches it is gone. */
    Situation without(String entityId) {
        return new Situation(resources,
                filter(production, f -> !f.touches(entityId)),
                filter(restrictions, r -> !r.fact().touches(entityId)),
                filter(dependencies, f -> !f.touches(entityId)),
                chains.stream().filter(c -> c.nodes().stream().noneMatch(n -> n.id().equals(entityId))).toList(),
                links.stream().filter(l -> !l.actor().id().equals(entityId) && !l.counterpart().id().equals(entityId)).toList(),
                headquarters, imports, figures);
    }

    Situation with(String resource, Restriction restriction) {
        Map<String, List<Restriction>> more = new HashMap<>(restrictions);
        List<Restriction> list = new ArrayList<>(restrictions(resource));
        list.add(restriction);
        more.put(resource, list);
        return new Situation(resources, production, more, dependencies, chains, links, headquarters, imports, figures);
    }

    private static <T> Map<String, List<T>> filter(Map<String, List<T>> map, java.util.function.Predicate<T> keep) {
        Map<String, List<T>> result = new HashMap<>();
        map.forEach((key, values) -> result.put(key, values.stream().filter(keep).toList()));
        return result;
    }
}
