package io.lodestone.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cap on {@link HeavyQuery} endpoints (the query timeouts share the prefix, see
 * io.lodestone.graph.QueryProperties).
 *
 * @param maxConcurrentHeavy heavy queries running at once, at least 1
 * @param heavyWait          how long one more waits for a slot before its 429
 */
@ConfigurationProperties(prefix = "lodestone.query")
public record HeavyQueryProperties(
        @DefaultValue("4") int maxConcurrentHeavy,
        @DefaultValue("2s") Duration heavyWait) {

    public HeavyQueryProperties {
        if (maxConcurrentHeavy < 1) {
            throw new IllegalArgumentException("lodestone.query.max-concurrent-heavy must be at least 1, was " + maxConcurrentHeavy);
        }
    }
}
