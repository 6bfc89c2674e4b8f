package io.lodestone.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the API's queries may run (the web layer's limits on heavy queries share the prefix,
 * see io.lodestone.web.HeavyQueryProperties).
 *
 * @param timeout          an API query running longer is stopped (503)
 * @param algorithmTimeout the same for Graph Data Science algorithms (centrality)
 */
@ConfigurationProperties(prefix = "lodestone.query")
public record QueryProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("60s") Duration algorithmTimeout) {
}
