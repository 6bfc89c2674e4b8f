package io.lodestone.analytics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lodestone.analytics.AnalyticsRepository.ResourceFacts;
import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.analytics.AnalyticsRepository.Supply;
import io.lodestone.analytics.AnalyticsRepository.Ties;
import io.lodestone.graph.GraphVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads that answers share, kept until the graph changes: a resource's production figures and export
 * restrictions as read for its concentration, a target's import sums and ties as read for influence
 * over it, and centrality rankings. None depends on who asks. Influence over a hub weighs several
 * resources that thousands of producers' facts each (at L about half of the answer's time), a hub's
 * imports and ties take seconds each at XL, and a ranking projects the whole actor network (15 s at XL;
 * docs/scaling.md). Each read is kept under the {@link GraphVersion} it was read at, so no write (by the
 * service, Browser or cypher-shell) is missed; with an external server, whose writes are unseen, nothing
 * is kept.
 */
@Component
class ReadCache {

    /** Rankings kept: one per algorithm, label and limit asked since the last write. */
    private static final int CENTRALITY_RANKINGS_KEPT = 64;

    private final Cache<ProductionKey, Optional<ResourceFacts>> production;
    private final Cache<RestrictionsKey, List<Restriction>> restrictions;
    private final Cache<SupplyKey, Supply> supply;
    private final Cache<TiesKey, Ties> ties;
    private final Cache<CentralityKey, Answers.Centrality> centrality;
    private final GraphVersion version;

    ReadCache(AnalyticsProperties properties, ObjectProvider<GraphVersion> version) {
        // weighed in facts, half of the budget each
        this.production = Caffeine.newBuilder().maximumWeight(properties.resourceFactsKept() / 2)
                .<ProductionKey, Optional<ResourceFacts>>weigher((key, facts) -> 1 + facts.map(f -> f.production().size()).orElse(0))
                .build();
        this.restrictions = Caffeine.newBuilder().maximumWeight(properties.resourceFactsKept() / 2)
                .<RestrictionsKey, List<Restriction>>weigher((key, list) -> 1 + list.size())
                .build();
        // weighed in the fact ids they name, half of the budget each
        this.supply = Caffeine.newBuilder().maximumWeight(properties.targetFactsKept() / 2)
                .<SupplyKey, Supply>weigher((key, read) -> 1 + read.known().size() + read.suppliers().stream()
                        .mapToInt(s -> 1 + s.shares().stream().mapToInt(share -> share.factIds().size()).sum()).sum())
                .build();
        this.ties = Caffeine.newBuilder().maximumWeight(properties.targetFactsKept() / 2)
                .<TiesKey, Ties>weigher((key, read) -> 1 + read.listed().stream()
                        .mapToInt(a -> 1 + a.ties().stream().mapToInt(t -> t.facts().size()).sum()).sum()
                        + read.rolledUp().stream().mapToInt(r -> 1 + r.firms().stream().mapToInt(f -> f.headquarters().size()).sum()).sum())
                .build();
        // a ranking is at most 100 rows (the endpoint's limit): kept ones stay small whatever the graph
        this.centrality = Caffeine.newBuilder().maximumSize(CENTRALITY_RANKINGS_KEPT).build();
        this.version = version.getIfAvailable(() -> OptionalLong::empty);
    }

    /** What is kept for the graph as it is now: to be taken before the read transaction begins. */
    Reads now() {
        OptionalLong current = version.current();
        return current.isEmpty() ? Reads.UNKEPT : new Reads(this, current.getAsLong(), true);
    }

    private record ProductionKey(long version, String resource, String asOf, int facts) {
    }

    private record RestrictionsKey(long version, String resource) {
    }

    private record SupplyKey(long version, String actor, String asOf, int terms, int facts) {
    }

    private record TiesKey(long version, String target, Map<String, Object> channels, String resource, String asOf,
                           Set<String> named, int listed, int terms, int facts) {
    }

    private record CentralityKey(long version, String algorithm, String label, int limit) {
    }

    /** Reads through the cache at one version of the graph. */
    static final class Reads {

        /** Reads every time. */
        static final Reads UNKEPT = new Reads(null, 0, true);

        private final ReadCache cache;
        private final long version;
        private final boolean reads;

        private Reads(ReadCache cache, long version, boolean reads) {
            this.cache = cache;
            this.version = version;
            this.reads = reads;
        }

        /**
         * The same kept reads, but a read that is not kept answers null instead of being read: to learn
         * whether work needs a transaction of its own before opening one.
         */
        Reads keptOnly() {
            return new Reads(cache, version, false);
        }

        /** @return null when no resource has that id */
        ResourceFacts production(String resource, String asOf, int facts, Supplier<ResourceFacts> read) {
            Optional<ResourceFacts> found = keptOrRead(c -> c.production, new ProductionKey(version, resource, asOf, facts),
                    () -> Optional.ofNullable(read.get()));
            return found == null ? null : found.orElse(null);
        }

        List<Restriction> restrictions(String resource, Supplier<List<Restriction>> read) {
            return keptOrRead(c -> c.restrictions, new RestrictionsKey(version, resource), read);
        }

        /** An actor's imports summed per supplier and resource (AnalyticsRepository#supply). */
        Supply supply(String actor, String asOf, int terms, int facts, Supplier<Supply> read) {
            return keptOrRead(c -> c.supply, new SupplyKey(version, actor, asOf, terms, facts), read);
        }

        /** A target's ties (AnalyticsRepository#ties); the named actors in any order. */
        Ties ties(String target, Map<String, Object> channels, String resource, String asOf, Collection<String> named, int listed,
                  int terms, int facts, Supplier<Ties> read) {
            return keptOrRead(c -> c.ties, new TiesKey(version, target, channels, resource, asOf, Set.copyOf(named), listed, terms, facts), read);
        }

        /** A ranking (CentralityService), computed when it is not kept. */
        Answers.Centrality centrality(String algorithm, String label, int limit, Supplier<Answers.Centrality> rank) {
            return keptOrRead(c -> c.centrality, new CentralityKey(version, algorithm, label, limit), rank);
        }

        /**
         * Read outside the cache and put after, not Cache.get(key, read): that would hold a lock of the
         * cache's map for as long as the query runs. Two answers may then read the same figures at once.
         *
         * @param which the cache of this kind of read
         */
        private <K, V> V keptOrRead(Function<ReadCache, Cache<K, V>> which, K key, Supplier<V> read) {
            Cache<K, V> kept = cache == null ? null : which.apply(cache);
            V found = kept == null ? null : kept.getIfPresent(key);
            if (found == null && reads) {
                found = read.get();
                if (kept != null) {
                    kept.put(key, found);
                }
            }
            return found;
        }
    }
}
