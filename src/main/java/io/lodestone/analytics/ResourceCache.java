package io.lodestone.analytics;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lodestone.analytics.AnalyticsRepository.ResourceFacts;
import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.graph.GraphVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A resource's production figures and export restrictions as read for its concentration, kept until
 * the graph changes. They do not depend on who asks, and influence over a hub weighs several resources
 * that thousands of producers' facts each: at L they were about half of the answer's time. Each is kept
 * under the {@link GraphVersion} it was read at, so no write (by the service, Browser or cypher-shell)
 * is missed; with an external server, whose writes are unseen, nothing is kept.
 */
@Component
class ResourceCache {

    private final Cache<ProductionKey, Optional<ResourceFacts>> production;
    private final Cache<RestrictionsKey, List<Restriction>> restrictions;
    private final GraphVersion version;

    ResourceCache(AnalyticsProperties properties, ObjectProvider<GraphVersion> version) {
        // weighed in facts, half of the budget each
        this.production = Caffeine.newBuilder().maximumWeight(properties.resourceFactsKept() / 2)
                .<ProductionKey, Optional<ResourceFacts>>weigher((key, facts) -> 1 + facts.map(f -> f.production().size()).orElse(0))
                .build();
        this.restrictions = Caffeine.newBuilder().maximumWeight(properties.resourceFactsKept() / 2)
                .<RestrictionsKey, List<Restriction>>weigher((key, list) -> 1 + list.size())
                .build();
        this.version = version.getIfAvailable(() -> OptionalLong::empty);
    }

    /** What is kept for the graph as it is now: to be taken before the read transaction begins. */
    Reads now() {
        OptionalLong current = version.current();
        return current.isEmpty() ? Reads.UNKEPT : new Reads(this, current.getAsLong());
    }

    private record ProductionKey(long version, String resource, String asOf, int facts) {
    }

    private record RestrictionsKey(long version, String resource) {
    }

    /** Reads through the cache at one version of the graph. */
    static final class Reads {

        /** Reads every time. */
        static final Reads UNKEPT = new Reads(null, 0);

        private final ResourceCache cache;
        private final long version;

        private Reads(ResourceCache cache, long version) {
            this.cache = cache;
            this.version = version;
        }

        /** @return null when no resource has that id */
        ResourceFacts production(String resource, String asOf, int facts, Supplier<ResourceFacts> read) {
            if (cache == null) {
                return read.get();
            }
            return keptOrRead(cache.production, new ProductionKey(version, resource, asOf, facts), () -> Optional.ofNullable(read.get()))
                    .orElse(null);
        }

        List<Restriction> restrictions(String resource, Supplier<List<Restriction>> read) {
            return cache == null ? read.get() : keptOrRead(cache.restrictions, new RestrictionsKey(version, resource), read);
        }

        /**
         * Read outside the cache and put after, not Cache.get(key, read): that would hold a lock of the
         * cache's map for as long as the query runs. Two answers may then read the same figures at once.
         */
        private static <K, V> V keptOrRead(Cache<K, V> kept, K key, Supplier<V> read) {
            V found = kept.getIfPresent(key);
            if (found == null) {
                found = read.get();
                kept.put(key, found);
            }
            return found;
        }
    }
}
