package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.analytics.AnalyticsRepository.RolledUp;
import io.lodestone.analytics.AnalyticsRepository.SupplierTerms;
import io.lodestone.analytics.AnalyticsRepository.Tie;
import io.lodestone.analytics.AnalyticsRepository.TiedActor;
import io.lodestone.graph.NodeView;

/**
 * Leverage of actors over a target; docs/influence.md defines it and works an example.
 * score(actor) = Σ of its terms:
 * <ul>
 * <li>supply: the target's import share of a resource from the actor;</li>
 * <li>production: the target's dependence on a resource × the actor's share of world output;</li>
 * <li>export restriction: the target's dependence on a resource × the restriction's severity;</li>
 * <li>ties: for each relationship type that gives leverage (contracts, supply, ownership, operations,
 * investment, funding, technology transfer, partnership), a fixed weight × the confidence of the best
 * fact, counted once per counterpart;</li>
 * <li>through firms: half the score of the firms headquartered in the actor.</li>
 * </ul>
 */
final class Influence {

    /** Relationship types that carry leverage, their weight and which end the actor must be. */
    enum Channel {
        AWARDED_CONTRACT_TO(0.3, End.END, "builds or equips under contract"),
        SUPPLIES(0.3, End.START, "supplies"),
        BUILDS(0.3, End.START, "builds"),
        OWNS(0.3, End.START, "owns"),
        OPERATES(0.2, End.START, "operates"),
        OPERATES_IN(0.2, End.START, "operates in"),
        INVESTS_IN(0.2, End.START, "invests in"),
        FUNDS(0.2, End.START, "funds"),
        TRANSFERS_TECHNOLOGY_TO(0.2, End.START, "transfers technology to"),
        SEEKS_STAKE_IN(0.2, End.START, "seeks a stake in"),
        CONTRACTS_WITH(0.2, End.EITHER, "has contracts with"),
        DEPENDS_ON(0.5, End.END, "is depended on by"),
        PLANS_INVESTMENT_IN(0.1, End.START, "plans investment in"),
        PARTNER_OF(0.1, End.EITHER, "is a partner of"),
        COOPERATES_WITH(0.1, End.EITHER, "cooperates with");

        enum End { START, END, EITHER }

        final double weight;
        final End actorEnd;
        final String verb;

        Channel(double weight, End actorEnd, String verb) {
            this.weight = weight;
            this.actorEnd = actorEnd;
            this.verb = verb;
        }

        /** Type → {weight, actorEnd}: the $channels of cypher/analytics/influence-ties.cypher. */
        static Map<String, Object> parameters() {
            Map<String, Object> channels = new LinkedHashMap<>();
            for (Channel channel : values()) {
                channels.put(channel.name(), Map.of("weight", channel.weight, "actorEnd", channel.actorEnd.name()));
            }
            return channels;
        }
    }

    /** Share of the firms' scores that their home country gets. */
    static final double FIRM_ROLL_UP = 0.5;
    /** Dependence assumed on a resource asked about when the target has no import figures for it. */
    static final double UNQUANTIFIED_DEPENDENCE = 0.5;

    /** @param factCount how many facts the term rests on; factIds may name only the first of them */
    record Term(String channel, String explanation, double contribution, List<String> factIds, int factCount) {

        Term(String channel, String explanation, double contribution, List<String> factIds) {
            this(channel, explanation, contribution, factIds, factIds.size());
        }

        /** The term naming only its first {@code most} facts (still counting all). */
        Term limitFacts(int most) {
            return factIds.size() <= most ? this : new Term(channel, explanation, contribution, factIds.subList(0, most), factCount);
        }
    }

    /** @param unlisted the terms read only as a count and a sum (an actor's smallest ties, a country's smallest firms) */
    record Ranked(NodeView actor, double score, List<Term> terms, Unlisted unlisted) {
    }

    record Unlisted(int count, double contribution) {

        static final Unlisted NONE = new Unlisted(0, 0);

        Unlisted plus(Unlisted more) {
            return new Unlisted(count + more.count, contribution + more.contribution);
        }
    }

    private Influence() {
    }

    static List<Ranked> rank(NodeView target, String resource, Situation situation, List<String> notes) {
        Map<String, NodeView> actors = new LinkedHashMap<>();
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        Map<String, Unlisted> unlisted = new LinkedHashMap<>();
        resourceTerms(target, resource, situation, actors, terms, unlisted, notes);
        tieTerms(situation, actors, terms, unlisted);
        rollUpFirms(situation, actors, terms, unlisted);
        return terms.entrySet().stream()
                .map(e -> {
                    Unlisted rest = unlisted.getOrDefault(e.getKey(), Unlisted.NONE);
                    return new Ranked(actors.get(e.getKey()), score(e.getValue(), rest),
                            e.getValue().stream().sorted(Comparator.comparing(Term::contribution).reversed()).toList(), rest);
                })
                // Leverage is over others: the target's own production, restrictions or firms do not rank it.
                .filter(r -> r.score() > 0 && !r.actor().id().equals(target.id()))
                .sorted(Comparator.comparing(Ranked::score).reversed().thenComparing(r -> r.actor().name()))
                .toList();
    }

    /** An actor's score: its terms, listed or only summed. */
    private static double score(List<Term> terms, Unlisted unlisted) {
        return terms.stream().mapToDouble(Term::contribution).sum() + unlisted.contribution();
    }

    private static void resourceTerms(NodeView target, String resource, Situation situation, Map<String, NodeView> actors,
                                      Map<String, List<Term>> terms, Map<String, Unlisted> unlisted, List<String> notes) {
        Map<String, Double> dependence = new LinkedHashMap<>();
        if (situation.supply != null) {
            situation.supply.known().forEach((r, known) -> dependence.put(r, known > 0 ? Math.min(1, known) : UNQUANTIFIED_DEPENDENCE));
            for (SupplierTerms supplier : situation.supply.suppliers()) {
                supplier.shares().forEach(share -> add(actors, terms, supplier.supplier(), supplyTerm(target, situation,
                        share.fact().properties().resource(), supplier.supplier(), share.fact().properties().share(), share.factIds(),
                        share.factCount())));
                if (supplier.otherTerms() > 0) {
                    addUnlisted(actors, terms, unlisted, supplier.supplier(), new Unlisted(supplier.otherTerms(), supplier.otherShare()));
                }
            }
        } else {
            Map<String, List<Fact>> resources = new LinkedHashMap<>();
            situation.dependencies.getOrDefault(target.id(), List.of()).stream()
                    .filter(f -> resource == null || resource.equals(f.properties().resource()))
                    .forEach(f -> resources.computeIfAbsent(f.properties().resource(), k -> new ArrayList<>()).add(f));
            for (String r : resources.keySet()) {
                Reliance reliance = Reliance.of(target.id(), r, resources.get(r), situation);
                double known = reliance.suppliers().stream().filter(s -> s.share() != null).mapToDouble(Reliance.Supplier::share).sum();
                dependence.put(r, known > 0 ? Math.min(1, known) : UNQUANTIFIED_DEPENDENCE);
                for (Reliance.Supplier supplier : reliance.suppliers()) {
                    if (supplier.share() != null) {
                        add(actors, terms, supplier.supplier(), supplyTerm(target, situation, r, supplier.supplier(), supplier.share(),
                                supplier.factIds(), supplier.factCount()));
                    }
                }
            }
        }
        if (resource != null && dependence.isEmpty()) {
            dependence.put(resource, UNQUANTIFIED_DEPENDENCE);
            notes.add(String.format("%s has no import facts for %s: its dependence is taken as %.1f", target.name(),
                    resource, UNQUANTIFIED_DEPENDENCE));
        }
        dependence.forEach((r, d) -> weighedResourceTerms(target, r, d, situation, actors, terms));
    }

    private static Term supplyTerm(NodeView target, Situation situation, String resource, NodeView supplier, double share,
                                   List<String> factIds, int factCount) {
        return new Term("supply", String.format("%s sources %.0f%% of its %s from %s", target.name(), share * 100,
                name(situation, resource), supplier.name()), share, factIds, factCount);
    }

    /** Production and export restrictions of a resource the target depends on this much. */
    private static void weighedResourceTerms(NodeView target, String r, double dependence, Situation situation,
                                             Map<String, NodeView> actors, Map<String, List<Term>> terms) {
        NodeView resourceNode = situation.resources.getOrDefault(r, new NodeView(r, r, null));
        Concentration concentration = situation.concentration(resourceNode);
        for (Concentration.ProducerShare share : concentration.producers()) {
            add(actors, terms, share.producer(), new Term("production", String.format(
                    "%s depends on %s (%.2f) × %s's share of world output (%.3f)", target.name(), name(situation, r), dependence,
                    share.producer().name(), share.share()), dependence * share.share(), share.factIds()));
        }
        // Several facts about one restrictor's controls on a resource (sources, dates, steps from licensing to
        // a ban) are one restriction: the most severe counts, all facts are listed.
        Map<String, List<Restriction>> byRestrictor = new LinkedHashMap<>();
        for (Restriction restriction : situation.restrictions(r)) {
            if (restriction.appliesTo(target.id())) {
                byRestrictor.computeIfAbsent(restriction.fact().start().id(), k -> new ArrayList<>()).add(restriction);
            }
        }
        for (List<Restriction> restrictions : byRestrictor.values()) {
            Restriction strongest = restrictions.stream().max(Comparator.comparingDouble(Restriction::severity)).orElseThrow();
            add(actors, terms, strongest.fact().start(), new Term("export restriction", String.format(
                    "%s depends on %s (%.2f) × severity of %s's restriction (%.1f: %s)%s", target.name(), name(situation, r), dependence,
                    strongest.fact().start().name(), strongest.severity(), strongest.fact().properties().activity(),
                    restrictions.size() > 1 ? "; the most severe of " + restrictions.size() + " restriction facts" : ""),
                    dependence * strongest.severity(), restrictions.stream().map(x -> x.fact().id()).distinct().toList()));
        }
    }

    /** The ties the query scored: per actor and channel and counterpart, the weight × the confidence of the most confident fact. */
    private static void tieTerms(Situation situation, Map<String, NodeView> actors, Map<String, List<Term>> terms,
                                 Map<String, Unlisted> unlisted) {
        for (TiedActor tied : situation.ties.listed()) {
            for (Tie tie : tied.ties()) {
                Channel channel = Channel.valueOf(tie.channel());
                Fact best = tie.facts().get(0);
                add(actors, terms, tied.actor(), new Term("ties", String.format("%s %s %s (weight %.1f × confidence %.2f, %s)",
                        tied.actor().name(), channel.verb, tie.counterpart().name(), channel.weight, best.confidenceWeight(),
                        best.properties().confidence()), tie.contribution(), tie.facts().stream().map(Fact::id).toList(), tie.factCount()));
            }
            if (tied.otherTies() > 0) {
                addUnlisted(actors, terms, unlisted, tied.actor(), new Unlisted(tied.otherTies(), tied.otherScore()));
            }
        }
    }

    private static void rollUpFirms(Situation situation, Map<String, NodeView> actors, Map<String, List<Term>> terms,
                                    Map<String, Unlisted> unlisted) {
        Map<String, List<Term>> additions = new LinkedHashMap<>();
        Map<String, NodeView> countries = new LinkedHashMap<>();
        terms.forEach((id, firmTerms) -> {
            // Several sources may place a firm in the same country: one term, all their facts.
            Map<String, List<Fact>> byCountry = new LinkedHashMap<>();
            situation.headquarters.getOrDefault(id, List.of())
                    .forEach(hq -> byCountry.computeIfAbsent(hq.end().id(), k -> new ArrayList<>()).add(hq));
            double firmScore = score(firmTerms, unlisted.getOrDefault(id, Unlisted.NONE));
            byCountry.forEach((country, facts) -> {
                countries.putIfAbsent(country, facts.get(0).end());
                additions.computeIfAbsent(country, k -> new ArrayList<>()).add(throughFirm(actors.get(id), firmScore, facts));
            });
        });
        // The firms the query did not list, tied to the target only: summed per country by the query.
        for (RolledUp rolled : situation.ties.rolledUp()) {
            String country = rolled.country().id();
            countries.putIfAbsent(country, rolled.country());
            rolled.firms().forEach(f -> additions.computeIfAbsent(country, k -> new ArrayList<>())
                    .add(throughFirm(f.firm(), f.score(), f.headquarters())));
            if (rolled.otherFirms() > 0) {
                addUnlisted(actors, terms, unlisted, rolled.country(),
                        new Unlisted(rolled.otherFirms(), FIRM_ROLL_UP * rolled.otherScore()));
            }
        }
        additions.forEach((id, countryTerms) -> countryTerms.forEach(t -> add(actors, terms, countries.get(id), t)));
    }

    private static Term throughFirm(NodeView firm, double firmScore, List<Fact> headquarters) {
        return new Term("through firms", String.format("%s is headquartered here: %.1f × its score %.3f", firm.name(), FIRM_ROLL_UP,
                firmScore), FIRM_ROLL_UP * firmScore, headquarters.stream().map(Fact::id).toList());
    }

    private static String name(Situation situation, String resource) {
        NodeView node = situation.resources.get(resource);
        return node == null || node.name() == null ? resource : node.name();
    }

    private static void add(Map<String, NodeView> actors, Map<String, List<Term>> terms, NodeView actor, Term term) {
        actors.putIfAbsent(actor.id(), actor);
        terms.computeIfAbsent(actor.id(), k -> new ArrayList<>()).add(term);
    }

    /** Terms the queries only counted and summed: they rank the actor as its listed terms do. */
    private static void addUnlisted(Map<String, NodeView> actors, Map<String, List<Term>> terms, Map<String, Unlisted> unlisted,
                                    NodeView actor, Unlisted more) {
        actors.putIfAbsent(actor.id(), actor);
        terms.computeIfAbsent(actor.id(), k -> new ArrayList<>());
        unlisted.merge(actor.id(), more, Unlisted::plus);
    }
}
