package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import io.lodestone.analytics.AnalyticsRepository.Chain;
import io.lodestone.analytics.AnalyticsRepository.ImportShare;
import io.lodestone.analytics.AnalyticsRepository.ProductionFigures;
import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.analytics.AnalyticsRepository.RolledUp;
import io.lodestone.analytics.AnalyticsRepository.Supply;
import io.lodestone.analytics.AnalyticsRepository.TiedActor;
import io.lodestone.analytics.AnalyticsRepository.Ties;
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
    /** Read for the date asked about: validOn leaves them as they are. */
    final Ties ties;
    final Map<String, List<Fact>> headquarters;
    /** Import fact id → the facts of its (resource, supplier) when the query chose it as the one used. */
    final Map<String, ImportShare> imports;
    /** Production fact id → the competing figures of its producer when the query chose it as the one used. */
    final Map<String, ProductionFigures> figures;
    /** The target's imports summed by the query (influence over a hub), in place of its import facts; or null. */
    final Supply supply;

    Situation(Map<String, NodeView> resources, Map<String, List<Fact>> production, Map<String, List<Restriction>> restrictions,
          Map<String, List<Fact>> dependencies, List<Chain> chains, Ties ties, Map<String, List<Fact>> headquarters) {
        this(resources, production, restrictions, dependencies, chains, ties, headquarters, Map.of(), Map.of(), null);
    }

    /**
     * @param production   and restrictions: by resource id, for every resource in {@code resources}
     * @param dependencies by actor: one fact per (resource, supplier) when read with its {@code imports}
     */
    Situation(Map<String, NodeView> resources, Map<String, List<Fact>> production, Map<String, List<Restriction>> restrictions,
          Map<String, List<Fact>> dependencies, List<Chain> chains, Ties ties, Map<String, List<Fact>> headquarters,
          Map<String, ImportShare> imports, Map<String, ProductionFigures> figures, Supply supply) {
        this.resources = resources;
        this.production = production;
        this.restrictions = restrictions;
        this.dependencies = dependencies;
        this.chains = chains;
        this.ties = ties;
        this.headquarters = headquarters;
        this.imports = imports;
        this.figures = figures;
        this.supply = supply;
    }

    /**
     * Resource → the sum of the actor's import shares of it (0 when none has a figure): as the query summed
     * them, or from the actor's import facts (one per resource and supplier).
     */
    Map<String, Double> known(String actor) {
        return supply != null ? supply.known() : known(dependencies.getOrDefault(actor, List.of()));
    }

    /** Resource → the sum of the shares of these import facts (one per resource and supplier), 0 without any. */
    static Map<String, Double> known(List<Fact> imports) {
        Map<String, Double> shares = new LinkedHashMap<>();
        imports.stream().filter(f -> f.properties().resource() != null)
                .forEach(f -> shares.merge(f.properties().resource(), f.properties().share() == null ? 0 : f.properties().share(), Double::sum));
        return shares;
    }

    /**
     * The element ids of those of {@code ids} that the import and production terms name as competing
     * figures (the queries return both), to read the ones an answer shows without scanning for their ids.
     */
    Map<String, String> elementIds(Set<String> ids) {
        Map<String, String> elementIds = new LinkedHashMap<>();
        BiConsumer<List<String>, List<String>> add = (factIds, elements) -> {
            for (int i = 0; i < factIds.size(); i++) {
                if (ids.contains(factIds.get(i))) {
                    elementIds.put(factIds.get(i), elements.get(i));
                }
            }
        };
        imports.values().forEach(share -> add.accept(share.factIds(), share.factElementIds()));
        if (supply != null) {
            supply.suppliers().forEach(s -> s.shares().forEach(share -> add.accept(share.factIds(), share.factElementIds())));
        }
        figures.values().forEach(f -> add.accept(f.figureIds(), f.figureElementIds()));
        return elementIds;
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
                ties,
                headquarters, imports, figures, supply);
    }

    /** Without an actor or facility: every fact that touches it is gone. */
    Situation without(String entityId) {
        return new Situation(resources,
                filter(production, f -> !f.touches(entityId)),
                filter(restrictions, r -> !r.fact().touches(entityId)),
                filter(dependencies, f -> !f.touches(entityId)),
                chains.stream().filter(c -> c.nodes().stream().noneMatch(n -> n.id().equals(entityId))).toList(),
                without(ties, entityId),
                headquarters, imports, figures, supply);
    }

    Situation with(String resource, Restriction restriction) {
        Map<String, List<Restriction>> more = new HashMap<>(restrictions);
        List<Restriction> list = new ArrayList<>(restrictions(resource));
        list.add(restriction);
        more.put(resource, list);
        return new Situation(resources, production, more, dependencies, chains, ties, headquarters, imports, figures, supply);
    }

    /**
     * The ties without those of an entity or to it. Exact when every actor and tie was listed (scenarios
     * read them so); the firms summed per country cannot be taken apart.
     */
    private static Ties without(Ties ties, String entityId) {
        List<TiedActor> listed = ties.listed().stream()
                .filter(t -> !t.actor().id().equals(entityId))
                .map(t -> new TiedActor(t.actor(), t.ties().stream().filter(tie -> !tie.counterpart().id().equals(entityId)).toList(),
                        t.otherTies(), t.otherScore()))
                .filter(t -> !t.ties().isEmpty() || t.otherTies() > 0)
                .toList();
        List<RolledUp> rolledUp = ties.rolledUp().stream()
                .map(r -> new RolledUp(r.country(), r.firms().stream().filter(f -> !f.firm().id().equals(entityId)).toList(),
                        r.otherFirms(), r.otherScore()))
                .toList();
        return new Ties(listed, rolledUp);
    }

    private static <T> Map<String, List<T>> filter(Map<String, List<T>> map, Predicate<T> keep) {
        Map<String, List<T>> result = new HashMap<>();
        map.forEach((key, values) -> result.put(key, values.stream().filter(keep).toList()));
        return result;
    }
}
