package io.lodestone.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param productionFactsWeighed the most production facts influence without a resource reads: the
 *                               resources the target depends on most are weighed first, and once
 *                               their producers' facts pass this number the rest are left out (and
 *                               named in a note). A hub imports dozens of resources, each produced by
 *                               thousands at scale; reading them all stopped the answer at the timeout.
 * @param resourceFactsKept      how many production and restriction facts of resources are kept in memory
 *                               between answers, until the next write (about 1 KB each): a resource's
 *                               figures are read once for every actor asked about (embedded database only;
 *                               an external server's writes are unseen, so nothing is kept)
 * @param targetFactsKept        how many fact ids of targets' import sums and ties are kept in memory between
 *                               answers, until the next write (about 150 bytes each; a hub of the XL world
 *                               names about 30 000): influence over a hub reads each in seconds at scale
 *                               (embedded database only, as above)
 */
@ConfigurationProperties(prefix = "lodestone.analytics", ignoreUnknownFields = false)
public record AnalyticsProperties(@DefaultValue("20000") int productionFactsWeighed,
                                  @DefaultValue("50000") long resourceFactsKept,
                                  @DefaultValue("300000") long targetFactsKept) {
}
