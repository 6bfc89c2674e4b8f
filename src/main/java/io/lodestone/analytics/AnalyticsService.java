package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.lodestone.analytics.AnalyticsRepository.Chain;
import io.lodestone.analytics.AnalyticsRepository.ImportShare;
import io.lodestone.analytics.AnalyticsRepository.ProductionFigures;
import io.lodestone.analytics.AnalyticsRepository.ResourceFacts;
import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.analytics.AnalyticsRepository.SupplierTerms;
import io.lodestone.analytics.AnalyticsRepository.Supply;
import io.lodestone.analytics.AnalyticsRepository.Ties;
import io.lodestone.analytics.Answers.ChainView;
import io.lodestone.analytics.Answers.RankedActor;
import io.lodestone.analytics.Answers.RestrictionView;
import io.lodestone.graph.EntityLookup;
import io.lodestone.graph.FactProperties;
import io.lodestone.graph.FactView;
import io.lodestone.graph.FactViews;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.NodeView;
import io.lodestone.problem.NotFoundException;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/** Dependencies, concentration and influence, computed from facts read in one read transaction. */
@Service
public class AnalyticsService {

    static final int DEFAULT_PRODUCERS = 25;
    static final int DEFAULT_SUPPLIERS = 25;
    /**
     * Export restrictions listed in a dependencies answer: a resource of a large graph has hundreds
     * (800 for gallium at XL); the exposure counts all of them, the answer counts them in restrictionCount.
     */
    static final int RESTRICTIONS_LISTED = 25;
    /**
     * Facts named (and shown in full, with sources) per influence term: the first ones are those the
     * term's figure comes from; a country's production share can have hundreds of competing figures
     * on a large graph, counted in the term's factCount.
     */
    static final int FACTS_PER_TERM = 10;
    /**
     * Terms shown per ranked actor, the largest first: a hub's neighbour can have a tie to hundreds
     * of the hub's firms; the score counts them all, otherTerms sums up the rest.
     */
    static final int TERMS_PER_ACTOR = 10;
    /**
     * Actors listed with their ties beyond those an influence answer ranks (influence-ties.cypher): a hub
     * has thousands of firms tied to it, summed per country they are headquartered in rather than read
     * one by one. A firm left out scores no more than each listed actor, so none would rank above them;
     * the margin absorbs what could still order equal scores differently (names compared by code point
     * in Cypher and by UTF-16 unit in Java, sums added in another order). TiesListedTest checks it.
     */
    static final int TIES_LISTED_BEYOND_LIMIT = 50;
    /** Supply chains listed per kind: the $limit of cypher/analytics/supply-chains.cypher. */
    static final int CHAINS_PER_KIND = 25;

    private final GraphReader reader;
    private final ReadCache readCache;
    private final TaskExecutor executor;
    private final int productionFactsWeighed;

    /** @param executor Spring Boot's task executor: reads a hub's ties beside its imports */
    AnalyticsService(GraphReader reader, ReadCache readCache, TaskExecutor executor, AnalyticsProperties properties) {
        this.reader = reader;
        this.readCache = readCache;
        this.executor = executor;
        this.productionFactsWeighed = properties.productionFactsWeighed();
    }

    /**
     * @param asOf      ISO date, or null
     * @param producers how many of the largest producers the concentration lists (the HHI counts all)
     * @param suppliers how many of the largest suppliers the reliance lists (the exposure counts all)
     */
    public Answers.Dependencies dependencies(String actor, String resource, String asOf, int producers, int suppliers) {
        ReadCache.Reads kept = readCache.now();
        return reader.inReadTransaction(tx -> {
            AnalyticsRepository repository = new AnalyticsRepository(tx, kept);
            NodeView actorNode = EntityLookup.require(tx, "actor", actor);
            Situation situation = load(repository, List.of(actorNode), resource, asOf, true, null).validOn(asOf);
            return dependencies(tx, repository, actorNode, resource, asOf, situation, producers, suppliers);
        });
    }

    Answers.Dependencies dependencies(GraphReader.Reader tx, AnalyticsRepository repository, NodeView actor, String resource, String asOf,
                                      Situation situation, int producers, int suppliers) {
        NodeView resourceNode = situation.resources.get(resource);
        Reliance reliance = Reliance.of(actor.id(), resource, situation).top(suppliers);
        Concentration concentration = situation.concentration(resourceNode).top(producers);
        List<Restriction> listed = situation.restrictions(resource).stream()
                .sorted(Comparator.comparing((Restriction r) -> r.appliesTo(actor.id())).thenComparingDouble(Restriction::severity)
                        .thenComparing(r -> String.valueOf(r.fact().properties().since())).reversed()
                        .thenComparing(r -> r.fact().id()))
                .limit(RESTRICTIONS_LISTED)
                .toList();
        List<RestrictionView> restrictions = listed.stream()
                .map(r -> new RestrictionView(r.fact().start(), r.fact().properties().activity(), r.fact().properties().since(), r.scope(),
                        r.appliesTo(actor.id()), r.severity(), r.fact().id()))
                .toList();
        List<String> gaps = new ArrayList<>(concentration.gaps());
        reliance.suppliers().stream().filter(s -> s.share() == null).forEach(s -> gaps.add("no import share for "
                + actor.name() + "'s " + resourceNode.name() + " from " + s.supplier().name()
                + (s.valueText() == null ? "" : " (reported as \"" + s.valueText() + "\")")));
        situation.chains.stream().collect(Collectors.groupingBy(Chain::kind, Collectors.counting())).forEach((kind, count) -> {
            if (count >= CHAINS_PER_KIND) {
                gaps.add("supply chains of kind " + kind + " reached the listing limit of " + CHAINS_PER_KIND
                        + "; there may be more");
            }
        });
        if (situation.chains.isEmpty()) {
            gaps.add("no supply chain from a producer of " + resourceNode.name() + " to " + actor.name() + " is recorded");
        }
        // Only the production facts the answer refers to: the listed producers' figures and the world total.
        Set<String> shownFacts = new HashSet<>();
        concentration.producers().forEach(p -> shownFacts.addAll(p.factIds()));
        if (concentration.worldTotal() != null) {
            shownFacts.add(concentration.worldTotal().factId());
        }
        List<Fact> used = new ArrayList<>(situation.production(resource).stream().filter(f -> shownFacts.contains(f.id())).toList());
        used.addAll(named(repository, situation, shownFacts, used));
        // the listed restrictions, and those of the listed suppliers that apply to the actor
        Set<String> restrictionIds = new HashSet<>();
        listed.forEach(r -> restrictionIds.add(r.fact().id()));
        reliance.suppliers().forEach(s -> restrictionIds.addAll(s.restrictionFactIds()));
        situation.restrictions(resource).stream().filter(r -> restrictionIds.contains(r.fact().id())).forEach(r -> used.add(r.fact()));
        // the listed suppliers' facts only: those read already, then the other ones they name
        Set<String> named = new LinkedHashSet<>();
        reliance.suppliers().forEach(s -> named.addAll(s.factIds()));
        situation.dependencies.getOrDefault(actor.id(), List.of()).stream().filter(f -> named.contains(f.id())).forEach(used::add);
        situation.chains.forEach(c -> used.addAll(c.facts()));
        used.addAll(named(repository, situation, named, used));
        Map<String, FactView> views = views(tx, used);
        return new Answers.Dependencies(actor, resourceNode, asOf, chains(situation.chains, views), reliance, concentration,
                restrictions, situation.restrictions(resource).size(), gaps, views);
    }

    /**
     * @param resource only leverage through this resource, or null
     * @param asOf     ISO date, or null
     */
    public Answers.InfluenceAnswer influence(String target, String resource, int limit, String asOf) {
        ReadCache.Reads kept = readCache.now();
        int listed = limit + TIES_LISTED_BEYOND_LIMIT;
        // Without a resource a hub's ties and its imports each take seconds at scale, and the ties need
        // only the imports' non-country suppliers (see load): they are read beside them, in a read
        // transaction of their own (each query of one transaction sees the latest commits anyway).
        CompletableFuture<Ties> ties = resource != null ? null : tiesBesideImports(kept, target, asOf, listed);
        return reader.inReadTransaction(tx -> {
            AnalyticsRepository repository = new AnalyticsRepository(tx, kept);
            NodeView targetNode = EntityLookup.require(tx, "target", target);
            Situation situation = load(repository, List.of(targetNode), resource, asOf, false, target, productionFactsWeighed,
                    listed, ties).validOn(asOf);
            return influence(tx, repository, targetNode, resource, limit, asOf, situation);
        });
    }

    /** The ties of {@link #tiesBeforeImports}, kept or read on the executor while the imports are read. */
    private CompletableFuture<Ties> tiesBesideImports(ReadCache.Reads kept, String target, String asOf, int listed) {
        // Ties kept from an earlier answer need no transaction: the repository that only looks them up
        // never reads, so it has none.
        Ties keptTies = tiesBeforeImports(new AnalyticsRepository(null, kept.keptOnly()), target, asOf, listed);
        return keptTies != null ? CompletableFuture.completedFuture(keptTies) : CompletableFuture.supplyAsync(
                () -> reader.inReadTransaction(tx -> tiesBeforeImports(new AnalyticsRepository(tx, kept), target, asOf, listed)), executor);
    }

    /**
     * The ties of a target read before its imports are known: listing, besides the actors with the
     * highest tie scores, only the countries, which are always listed (see {@link #load}).
     */
    static Ties tiesBeforeImports(AnalyticsRepository repository, String target, String asOf, int listed) {
        return repository.ties(target, Influence.Channel.parameters(), null, asOf, Set.of(), listed, TERMS_PER_ACTOR, FACTS_PER_TERM);
    }

    Answers.InfluenceAnswer influence(GraphReader.Reader tx, AnalyticsRepository repository, NodeView target, String resource, int limit,
                                      String asOf, Situation situation) {
        List<String> notes = new ArrayList<>();
        List<String> imported = mostDependedOn(situation.known(target.id()));
        List<String> weighed = imported.stream().filter(situation.resources::containsKey).toList();
        if (resource == null && weighed.size() < imported.size()) {
            notes.add(String.format("%s imports %d resources: production and export restrictions are weighed for the %d it"
                    + " depends on most (%s), whose producers' facts reached the %d read per answer; supply shares count for"
                    + " all. Ask with resource= for another.", target.name(), imported.size(), weighed.size(),
                    String.join(", ", weighed), productionFactsWeighed));
        }
        List<Influence.Ranked> ranked = Influence.rank(target, resource, situation, notes).stream().limit(limit).toList();
        Map<String, Fact> byId = new HashMap<>();
        allFacts(situation).forEach(f -> byId.putIfAbsent(f.id(), f));
        List<List<Influence.Term>> shown = ranked.stream().map(r -> r.terms().stream().limit(TERMS_PER_ACTOR)
                .map(t -> t.limitFacts(FACTS_PER_TERM)).toList()).toList();
        Set<String> named = new LinkedHashSet<>();
        shown.stream().flatMap(List::stream).forEach(t -> named.addAll(t.factIds()));
        List<Fact> known = named.stream().map(byId::get).filter(Objects::nonNull).toList();
        List<Fact> used = new ArrayList<>(known);
        used.addAll(named(repository, situation, named, known));
        Map<String, FactView> views = views(tx, used);
        List<RankedActor> ranking = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Influence.Ranked r = ranked.get(i);
            List<Influence.Term> terms = shown.get(i);
            List<Influence.Term> rest = r.terms().subList(terms.size(), r.terms().size());
            ranking.add(new RankedActor(r.actor().id(), r.actor().name(), r.actor().type(), r.score(), terms,
                    new Answers.OtherTerms(rest.size() + r.unlisted().count(),
                            rest.stream().mapToDouble(Influence.Term::contribution).sum() + r.unlisted().contribution()),
                    terms.stream().flatMap(t -> t.factIds().stream()).distinct().map(views::get).filter(Objects::nonNull).toList()));
        }
        return new Answers.InfluenceAnswer(target, resource == null ? null : situation.resources.get(resource), asOf,
                "docs/influence.md", ranking, notes);
    }

    /**
     * Reads what the questions about these actors need.
     *
     * @param resource  a resource asked about, or null
     * @param asOf      ISO date, or null: import figures are chosen among the facts valid on it
     * @param withChains read supply chains of the actors for the resource
     * @param tiesOf    read the ties of actors to this target, all listed, or null
     */
    static Situation load(AnalyticsRepository repository, List<NodeView> actors, String resource, String asOf, boolean withChains,
                          String tiesOf) {
        return load(repository, actors, resource, asOf, withChains, tiesOf, Integer.MAX_VALUE, Integer.MAX_VALUE, null);
    }

    /**
     * @param productionFacts without a resource, stop reading the production of further resources
     *                        (most depended on first) once this many production facts are read
     * @param listed          how many of the actors with the highest tie scores to list with their
     *                        {@link #TERMS_PER_ACTOR} largest ties (besides those ranked on other terms and the
     *                        countries), summing the other firms per country they are headquartered in; and,
     *                        without a resource, sum the target's imports per supplier (its largest shares
     *                        listed). {@link Integer#MAX_VALUE}: read every import and tie one by one (scenarios
     *                        take actors and facts away).
     * @param early           the ties of {@code tiesOf} read beforehand ({@link #tiesBeforeImports}), or null.
     *                        Used when every actor ranked on other terms that they must list is listed: the
     *                        countries always are, producers are countries; a supplier or restrictor of
     *                        another kind that they left out has them read again, naming it.
     */
    static Situation load(AnalyticsRepository repository, List<NodeView> actors, String resource, String asOf, boolean withChains,
                          String tiesOf, int productionFacts, int listed, CompletableFuture<Ties> early) {
        boolean summed = listed != Integer.MAX_VALUE;
        // One fact per (actor, resource, supplier), chosen in the query: a hub imports tens of thousands.
        Map<String, List<Fact>> dependencies = new LinkedHashMap<>();
        Map<String, ImportShare> imports = new HashMap<>();
        Supply supply = null;
        for (NodeView a : actors) {
            if (summed && resource == null && a.id().equals(tiesOf)) {
                supply = repository.supply(a, asOf, TERMS_PER_ACTOR, FACTS_PER_TERM);
                dependencies.put(a.id(), List.of());
                continue;
            }
            List<ImportShare> shares = repository.importShares(a, resource, asOf, FACTS_PER_TERM);
            shares.forEach(share -> imports.put(share.fact().id(), share));
            dependencies.put(a.id(), shares.stream().map(ImportShare::fact).toList());
        }
        Set<String> resourceIds = new LinkedHashSet<>();
        if (resource != null) {
            resourceIds.add(resource);
        }
        if (tiesOf != null && resource == null) {
            resourceIds.addAll(mostDependedOn(supply != null ? supply.known()
                    : Situation.known(dependencies.getOrDefault(tiesOf, List.of()))));
        }
        Map<String, NodeView> resources = new LinkedHashMap<>();
        Map<String, List<Fact>> production = new HashMap<>();
        Map<String, ProductionFigures> figures = new HashMap<>();
        Map<String, List<Restriction>> restrictions = new HashMap<>();
        int productionRead = 0;
        for (String id : resourceIds) {
            if (productionRead >= productionFacts) {
                break;
            }
            ResourceFacts facts = repository.production(id, asOf, FACTS_PER_TERM);
            if (facts == null) {
                if (id.equals(resource)) {
                    throw new NotFoundException("'resource': no mineral or technology has the id \"" + id
                            + "\". Find ids with GET /api/entities?q=<name>&type=Resource.");
                }
                continue;
            }
            resources.put(id, facts.resource());
            production.put(id, facts.production());
            figures.putAll(facts.figures());
            productionRead += facts.factsRead();
            restrictions.put(id, repository.restrictions(id));
        }
        List<Chain> chains = new ArrayList<>();
        if (withChains && resource != null) {
            actors.forEach(a -> chains.addAll(repository.supplyChains(a.id(), resource, CHAINS_PER_KIND)));
        }
        // the actors ranked on other terms are listed with their ties whatever their tie score
        Set<String> ranked = new LinkedHashSet<>();
        dependencies.values().forEach(facts -> facts.forEach(f -> ranked.add(f.end().id())));
        if (supply != null) {
            supply.suppliers().forEach(s -> ranked.add(s.supplier().id()));
        }
        production.values().forEach(facts -> facts.forEach(f -> ranked.add(f.start().id())));
        restrictions.values().forEach(list -> list.forEach(r -> ranked.add(r.fact().start().id())));
        Ties ties = Ties.NONE;
        if (tiesOf != null) {
            ties = early == null ? null : await(early);
            if (ties == null || !listsAll(ties, dependencies, supply, restrictions)) {
                ties = repository.ties(tiesOf, Influence.Channel.parameters(), resource, asOf, ranked,
                        listed, summed ? TERMS_PER_ACTOR : Integer.MAX_VALUE, FACTS_PER_TERM);
            }
        }
        Set<String> firms = new LinkedHashSet<>(ranked);
        ties.listed().forEach(t -> firms.add(t.actor().id()));
        firms.removeIf(id -> !id.startsWith("firm:"));
        Map<String, List<Fact>> headquarters = firms.isEmpty() ? Map.of() : repository.headquarters(List.copyOf(firms));
        return new Situation(resources, production, restrictions, dependencies, chains, ties, headquarters, imports, figures, supply);
    }

    /** Whether ties read without naming anyone list the suppliers and restrictors that are not countries. */
    private static boolean listsAll(Ties ties, Map<String, List<Fact>> dependencies, Supply supply,
                                    Map<String, List<Restriction>> restrictions) {
        Set<String> listed = new HashSet<>();
        ties.listed().forEach(t -> listed.add(t.actor().id()));
        Stream<NodeView> named = Stream.of(
                        dependencies.values().stream().flatMap(List::stream).map(Fact::end),
                        supply == null ? Stream.<NodeView>empty() : supply.suppliers().stream().map(SupplierTerms::supplier),
                        restrictions.values().stream().flatMap(List::stream).map(r -> r.fact().start()))
                .flatMap(s -> s);
        return named.filter(n -> !"Country".equals(n.type())).allMatch(n -> listed.contains(n.id()));
    }

    private static Ties await(CompletableFuture<Ties> ties) {
        try {
            return ties.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Resources most depended on first: by the sum of their import shares (at most 1), or
     * {@link Influence#UNQUANTIFIED_DEPENDENCE} when no share is known, as influence weighs them; then by id.
     *
     * @param known resource → the sum of the actor's import shares of it ({@link Situation#known})
     */
    static List<String> mostDependedOn(Map<String, Double> known) {
        Comparator<Map.Entry<String, Double>> byDependence = Comparator.comparingDouble(
                e -> e.getValue() > 0 ? Math.min(1, e.getValue()) : Influence.UNQUANTIFIED_DEPENDENCE);
        return known.entrySet().stream().sorted(byDependence.reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    /** Chains with the same kind and entities are one chain; all their facts are kept. */
    private static List<ChainView> chains(List<Chain> chains, Map<String, FactView> views) {
        Map<String, List<Chain>> grouped = new LinkedHashMap<>();
        chains.forEach(c -> grouped.computeIfAbsent(c.kind() + c.nodes().stream().map(NodeView::id).toList(), k -> new ArrayList<>()).add(c));
        return grouped.values().stream().map(group -> {
            Chain first = group.get(0);
            List<FactView> facts = group.stream().flatMap(c -> c.facts().stream()).map(Fact::id).distinct()
                    .map(views::get).filter(Objects::nonNull).toList();
            return new ChainView(first.kind(), describe(first), first.nodes(), facts);
        }).toList();
    }

    private static String describe(Chain chain) {
        String route = String.join(" → ", chain.nodes().stream().map(NodeView::name).toList());
        return switch (chain.kind()) {
            case "direct-import" -> "imports directly: " + route;
            case "partner-agreement" -> "through an agreement covering the resource with a producing party: " + route;
            case "partner" -> "through a partner that produces it: " + route;
            case "firm" -> "through a firm headquartered here that produces it: " + route;
            default -> "through a firm headquartered here whose facility produces it: " + route;
        };
    }

    static Stream<Fact> allFacts(Situation situation) {
        return Stream.of(situation.production.values().stream().flatMap(Collection::stream),
                        situation.restrictions.values().stream().flatMap(Collection::stream).map(Restriction::fact),
                        situation.dependencies.values().stream().flatMap(Collection::stream),
                        situation.supply == null ? Stream.<Fact>empty()
                                : situation.supply.suppliers().stream().flatMap(s -> s.shares().stream()).map(ImportShare::fact),
                        situation.chains.stream().flatMap(c -> c.facts().stream()),
                        situation.ties.listed().stream().flatMap(t -> t.ties().stream()).flatMap(t -> t.facts().stream()),
                        situation.ties.rolledUp().stream().flatMap(r -> r.firms().stream()).flatMap(f -> f.headquarters().stream()),
                        situation.headquarters.values().stream().flatMap(Collection::stream))
                .flatMap(s -> s);
    }

    /**
     * The facts named among {@code ids} that are not in {@code known}: the competing import and production
     * figures of a term, which the queries name without returning them.
     */
    private static List<Fact> named(AnalyticsRepository repository, Situation situation, Set<String> ids, List<Fact> known) {
        Set<String> missing = new LinkedHashSet<>(ids);
        known.forEach(f -> missing.remove(f.id()));
        Map<String, String> elementIds = missing.isEmpty() ? Map.of() : situation.elementIds(missing);
        return elementIds.isEmpty() ? List.of() : repository.namedFacts(elementIds);
    }

    /**
     * Facts with their sources, looked up with one query; a scenario's assumed facts have none. Facts read
     * in part are read in full first.
     */
    static Map<String, FactView> views(GraphReader.Reader tx, List<Fact> facts) {
        Map<String, Fact> unique = new LinkedHashMap<>();
        facts.forEach(f -> unique.putIfAbsent(f.id(), f));
        List<String> partial = unique.values().stream().map(Fact::elementId).filter(Objects::nonNull).toList();
        if (!partial.isEmpty()) {
            Map<String, FactProperties> full = new AnalyticsRepository(tx).properties(partial);
            unique.replaceAll((id, fact) -> fact.elementId() == null || !full.containsKey(fact.elementId()) ? fact
                    : new Fact(fact.id(), fact.type(), fact.start(), fact.end(), full.get(fact.elementId())));
        }
        FactViews sources = FactViews.withSourcesOf(tx, unique.values().stream().map(Fact::properties).toList());
        Map<String, FactView> views = new LinkedHashMap<>();
        unique.values().forEach(fact -> views.put(fact.id(),
                sources.view(fact.id(), fact.type(), fact.start().id(), fact.end().id(), fact.properties())));
        return views;
    }
}
