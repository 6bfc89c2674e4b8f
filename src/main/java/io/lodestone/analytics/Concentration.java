package io.lodestone.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.lodestone.analytics.AnalyticsRepository.ProductionFigures;
import io.lodestone.graph.NodeView;

/**
 * How concentrated the production of a resource is, with the arithmetic shown.
 *
 * <p>Reference year: the latest year with a world total (region:world PRODUCES with an amount), or
 * else the latest year with a reported share of world output. A producer's share is its reported
 * share of world output for that year, or its amount divided by the world total of the same year
 * and unit; when a producer has several competing figures, the most trusted (confidence, then
 * recency) is used and the others are listed. A producer without a figure for the reference year
 * uses its most recent share, flagged. HHI = Σ (share in %)², 0–10000, over the producers with a
 * known share; when those cover less than all of world output it is a lower bound.
 */
record Concentration(NodeView resource, Integer referenceYear, WorldTotal worldTotal, List<ProducerShare> producers,
                     OtherProducers otherProducers, ProducerShare topProducer, Double hhi, String hhiArithmetic,
                     double coveredShare, int producingCountries, List<String> gaps) {

    /**
     * The producers left out of a shortened list, summed: their count, their combined share and their
     * part of the HHI, so that the totals still add up.
     */
    record OtherProducers(int count, double share, double hhi) {
    }

    record WorldTotal(double amount, String unit, int year, String factId) {
    }

    /**
     * @param basis "reported share of world output" or "amount / world total"
     * @param factIds the fact the share comes from first, then competing figures for the same producer
     *                (in an answer, the first {@link AnalyticsService#FACTS_PER_TERM})
     * @param factCount how many facts there are: the one used and the competing figures
     */
    record ProducerShare(NodeView producer, double share, String basis, Double amount, String unit, Integer year,
                         List<String> factIds, int factCount, String note) {

        ProducerShare(NodeView producer, double share, String basis, Double amount, String unit, Integer year,
                      List<String> factIds, String note) {
            this(producer, share, basis, amount, unit, year, factIds, factIds.size(), note);
        }

        /** The same share naming only its first {@code most} facts (still counting all). */
        ProducerShare limitFacts(int most) {
            return factIds.size() <= most ? this
                    : new ProducerShare(producer, share, basis, amount, unit, year, factIds.subList(0, most), factCount, note);
        }
    }

    static Concentration of(NodeView resource, List<Fact> production) {
        return of(resource, production, Map.of());
    }

    /**
     * @param figures by fact id: the competing figures of a producer whose {@code production} is the one
     *                fact production-shares.cypher chose (the others are counted and named, not read)
     */
    static Concentration of(NodeView resource, List<Fact> production, Map<String, ProductionFigures> figures) {
        List<Fact> world = production.stream().filter(f -> f.start().id().equals("region:world")).toList();
        List<Fact> producers = production.stream()
                .filter(f -> "Country".equals(f.start().type()))
                .toList();
        Optional<WorldTotal> total = world.stream()
                .filter(f -> f.properties().amount() != null && f.year() != null)
                .max(Comparator.comparing(Fact::year).thenComparing(Fact::confidenceWeight))
                .map(f -> new WorldTotal(f.properties().amount(), f.properties().unit(), f.year(), f.id()));
        Integer referenceYear = total.map(WorldTotal::year).orElseGet(() -> producers.stream()
                .filter(f -> f.properties().shareOfWorld() != null && f.year() != null)
                .map(Fact::year).max(Integer::compare).orElse(null));

        Map<String, List<Fact>> byProducer = new LinkedHashMap<>();
        producers.forEach(f -> byProducer.computeIfAbsent(f.start().id(), k -> new ArrayList<>()).add(f));
        List<ProducerShare> shares = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (List<Fact> facts : byProducer.values()) {
            ProductionFigures read = facts.size() == 1 ? figures.get(facts.get(0).id()) : null;
            Optional<ProducerShare> share = share(facts, referenceYear, total.orElse(null), read);
            if (share.isPresent()) {
                shares.add(share.get());
            } else {
                gaps.add("no production share for " + facts.get(0).start().name() + "'s " + resource.name()
                        + (referenceYear == null ? "" : " in " + referenceYear) + " (" + (read == null ? facts.size() : read.factCount())
                        + " production fact(s) without a figure comparable to world output)");
            }
        }
        shares.sort(Comparator.comparing(ProducerShare::share).reversed());
        if (total.isEmpty() && referenceYear == null) {
            gaps.add("no world production total and no reported share of world output for " + resource.name());
        }
        double covered = shares.stream().mapToDouble(ProducerShare::share).sum();
        Double hhi = shares.isEmpty() ? null : shares.stream().mapToDouble(s -> Math.pow(s.share() * 100, 2)).sum();
        int countries = new TreeSet<>(byProducer.keySet()).size();
        return new Concentration(resource, referenceYear, total.orElse(null), shares, null,
                shares.isEmpty() ? null : shares.get(0), hhi, arithmetic(shares, null, hhi, covered), covered, countries, gaps);
    }

    /**
     * The same concentration listing only the {@code limit} largest producers, each naming its first
     * {@link AnalyticsService#FACTS_PER_TERM} facts (a producer has a figure per year); the others are
     * summed in {@link #otherProducers()} (a resource of a large graph has hundreds of producing countries).
     */
    Concentration top(int limit) {
        List<ProducerShare> shown = producers.subList(0, Math.min(limit, producers.size())).stream()
                .map(p -> p.limitFacts(AnalyticsService.FACTS_PER_TERM)).toList();
        ProducerShare top = topProducer == null ? null : topProducer.limitFacts(AnalyticsService.FACTS_PER_TERM);
        if (producers.size() <= limit) {
            return new Concentration(resource, referenceYear, worldTotal, shown, null, top, hhi, hhiArithmetic, coveredShare,
                    producingCountries, gaps);
        }
        List<ProducerShare> rest = producers.subList(limit, producers.size());
        OtherProducers others = new OtherProducers(rest.size(), rest.stream().mapToDouble(ProducerShare::share).sum(),
                rest.stream().mapToDouble(s -> Math.pow(s.share() * 100, 2)).sum());
        return new Concentration(resource, referenceYear, worldTotal, shown, others, top, hhi,
                arithmetic(shown, others, hhi, coveredShare), coveredShare, producingCountries, gaps);
    }

    private static String arithmetic(List<ProducerShare> shares, OtherProducers others, Double hhi, double covered) {
        if (shares.isEmpty()) {
            return null;
        }
        return shares.stream().map(s -> String.format("%.1f²", s.share() * 100)).reduce((a, b) -> a + " + " + b).orElse("")
                + (others == null ? "" : String.format(" + %.1f (the squares of %d smaller producers)", others.hhi(), others.count()))
                + String.format(" = %.0f", hhi)
                + (covered < 0.999 ? String.format(" (lower bound: known shares cover %.1f%% of world output)", covered * 100) : "");
    }

    /** @param read the producer's competing figures when {@code facts} is only the one chosen in the query, or null */
    private static Optional<ProducerShare> share(List<Fact> facts, Integer year, WorldTotal total, ProductionFigures read) {
        List<ProducerShare> candidates = new ArrayList<>();
        for (Fact fact : facts) {
            Double reported = fact.properties().shareOfWorld();
            if (reported != null) {
                candidates.add(new ProducerShare(fact.start(), reported, "reported share of world output",
                        fact.properties().amount(), fact.properties().unit(), fact.year(), List.of(fact.id()), null));
            } else if (total != null && fact.properties().amount() != null && fact.year() != null
                    && fact.year().equals(total.year()) && total.unit() != null && total.unit().equals(fact.properties().unit())) {
                candidates.add(new ProducerShare(fact.start(), fact.properties().amount() / total.amount(),
                        String.format("amount / world total = %s / %s %s", plain(fact.properties().amount()),
                                plain(total.amount()), total.unit()),
                        fact.properties().amount(), fact.properties().unit(), fact.year(), List.of(fact.id(), total.factId()), null));
            }
        }
        Map<String, Fact> byId = new LinkedHashMap<>();
        facts.forEach(f -> byId.put(f.id(), f));
        Comparator<ProducerShare> trust = Comparator
                .comparing((ProducerShare s) -> year != null && year.equals(s.year()))
                .thenComparing(s -> byId.get(s.factIds().get(0)).confidenceWeight())
                .thenComparing(s -> s.year() == null ? 0 : s.year());
        Optional<ProducerShare> best = candidates.stream().max(trust);
        return best.map(b -> {
            List<String> ids = new ArrayList<>(b.factIds());
            candidates.stream().filter(c -> c != b).forEach(c -> ids.add(c.factIds().get(0)));
            int competing = candidates.size() - 1;
            int count = ids.size();
            if (read != null) {
                read.figureIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
                competing = read.figureCount() - 1;
                count = b.factIds().size() + competing;
            }
            String note = year != null && !year.equals(b.year())
                    ? "figure for " + b.year() + ", not the reference year " + year : null;
            if (competing > 0) {
                note = (note == null ? "" : note + "; ") + competing + " competing figure(s) listed after the one used";
            }
            return new ProducerShare(b.producer(), b.share(), b.basis(), b.amount(), b.unit(), b.year(), ids, count, note);
        });
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
