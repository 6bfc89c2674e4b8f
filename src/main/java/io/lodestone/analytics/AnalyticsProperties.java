package io.lodestone.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param productionFactsWeighed the most production facts influence without a resource reads: the
 *                               resources the target depends on most are weighed first, and once
 *                               their producers' facts pass this number the rest are left out (and
 *                               named in a note). A hub imports dozens of resources, each produced by
 *                               thousands at scale; reading them all stopped the answer at the timeout.
 */
@ConfigurationProperties(prefix = "lodestone.analytics", ignoreUnknownFields = false)
public record AnalyticsProperties(@DefaultValue("20000") int productionFactsWeighed) {
}
