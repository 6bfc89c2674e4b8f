package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lodestone.analytics.AnalyticsRepository.Link;
import io.lodestone.analytics.AnalyticsRepository.Restriction;
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

        static List<String> names() {
            return java.util.Arrays.stream(values()).map(Enum::name).toList();
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

    record Ranked(NodeView actor, double score, List<Term> terms) {
    }

    private Influence() {
    }

    static List<Ranked> rank(NodeView target, String resource, Situation situation, List<String> notes) {
        Map<String, NodeView> actors = new LinkedHashMap<>();
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        resourceTerms(target, resource, situation, actors, terms, notes);
        tieTerms(resource, situation, actors, terms);
        rollUpFirms(situation, actors, terms);
        return terms.entrySet().stream()
                .map(e -> new Ranked(actors.get(e.getKey()), e.getValue().stream().mapToDouble(Term::contribution).sum(),
                        e.getValue().stream().sorted(Comparator.comparing(Term::contribution).reversed()).toList()))
                // Leverage is over others: the target's own production, restrictions or firms do not rank it.
                .filter(r -> r.score() > 0 && !r.actor().id().equals(target.id()))
                .sorted(Comparator.comparing(Ranked::score).reversed().thenComparing(r -> r.actor().name()))
                .toList();
    }

    private static void resourceTerms(NodeView target, String resource, Situation situation, Map<String, NodeView> actors,
                                      Map<String, List<Term>> terms, List<String> notes) {
        Map<String, List<Fact>> resources = new LinkedHashMap<>();
        situation.dependencies.getOrDefault(target.id(), List.of()).stream()
                .filter(f -> resource == null || resource.equals(f.properties().resource()))
                .forEach(f -> resources.computeIfAbsent(f.properties().resource(), k -> new ArrayList<>()).add(f));
        if (resource != null && resources.isEmpty()) {
            resources.put(resource, List.of());
            notes.add(String.format("%s has no import facts for %s: its dependence is taken as %.1f", target.name(),
                    resource, UNQUANTIFIED_DEPENDENCE));
        }
        for (String r : resources.keySet()) {
            Reliance reliance = Reliance.of(target.id(), r, resources.get(r), situation);
            double known = reliance.suppliers().stream().filter(s -> s.share() != null).mapToDouble(Reliance.Supplier::share).sum();
            double dependence = known > 0 ? Math.min(1, known) : UNQUANTIFIED_DEPENDENCE;
            for (Reliance.Supplier supplier : reliance.suppliers()) {
                if (supplier.share() != null) {
                    add(actors, terms, supplier.supplier(), new Term("supply", String.format("%s sources %.0f%% of its %s from %s",
                            target.name(), supplier.share() * 100, name(situation, r), supplier.supplier().name()), supplier.share(), supplier.factIds(),
                            supplier.factCount()));
                }
            }
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
    }

    private static void tieTerms(String resource, Situation situation, Map<String, NodeView> actors, Map<String, List<Term>> terms) {
        Map<String, List<Link>> byKey = new LinkedHashMap<>();
        for (Link link : situation.links) {
            Channel channel = Channel.valueOf(link.fact().type());
            boolean endOk = switch (channel.actorEnd) {
                case START -> link.actorIsStart();
                case END -> !link.actorIsStart();
                case EITHER -> true;
            };
            if (endOk && (resource == null || resource.equals(link.fact().properties().resource()))) {
                byKey.computeIfAbsent(link.actor().id() + "|" + channel + "|" + link.counterpart().id(), k -> new ArrayList<>()).add(link);
            }
        }
        for (List<Link> links : byKey.values()) {
            Link best = links.stream().max(Comparator.comparing(l -> l.fact().confidenceWeight())).orElseThrow();
            Channel channel = Channel.valueOf(best.fact().type());
            double contribution = channel.weight * best.fact().confidenceWeight();
            add(actors, terms, best.actor(), new Term("ties", String.format("%s %s %s (weight %.1f × confidence %.2f, %s)",
                    best.actor().name(), channel.verb, best.counterpart().name(), channel.weight, best.fact().confidenceWeight(),
                    best.fact().properties().confidence()), contribution, links.stream().map(l -> l.fact().id()).distinct().toList()));
        }
    }

    private static void rollUpFirms(Situation situation, Map<String, NodeView> actors, Map<String, List<Term>> terms) {
        Map<String, List<Term>> additions = new LinkedHashMap<>();
        Map<String, NodeView> countries = new LinkedHashMap<>();
        terms.forEach((id, firmTerms) -> {
            // Several sources may place a firm in the same country: one term, all their facts.
            Map<String, List<Fact>> byCountry = new LinkedHashMap<>();
            situation.headquarters.getOrDefault(id, List.of())
                    .forEach(hq -> byCountry.computeIfAbsent(hq.end().id(), k -> new ArrayList<>()).add(hq));
            double firmScore = firmTerms.stream().mapToDouble(Term::contribution).sum();
            byCountry.forEach((country, facts) -> {
                countries.putIfAbsent(country, facts.get(0).end());
                additions.computeIfAbsent(country, k -> new ArrayList<>()).add(new Term("through firms",
                        String.format("%s is headquartered here: %.1f × its score %.3f", actors.get(id).name(), FIRM_ROLL_UP, firmScore),
                        FIRM_ROLL_UP * firmScore, facts.stream().map(Fact::id).toList()));
            });
        });
        additions.forEach((id, countryTerms) -> countryTerms.forEach(t -> add(actors, terms, countries.get(id), t)));
    }

    private static String name(Situation situation, String resource) {
        NodeView node = situation.resources.get(resource);
        return node == null || node.name() == null ? resource : node.name();
    }

    private static void add(Map<String, NodeView> actors, Map<String, List<Term>> terms, NodeView actor, Term term) {
        actors.putIfAbsent(actor.id(), actor);
        terms.computeIfAbsent(actor.id(), k -> new ArrayList<>()).add(term);
    }
}
