package io.lodestone.entities;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param orderedPreviewMax the largest group of an entity's relationships (one type and direction)
 *                          that the entity page previews with the group's first page in order; a
 *                          larger group is previewed with the first relationships found, because
 *                          ordering it reads all of it (a hub's groups hold tens of thousands at
 *                          size L). Paging a group is always in order.
 */
@ConfigurationProperties(prefix = "lodestone.entities", ignoreUnknownFields = false)
public record EntitiesProperties(@DefaultValue("1000") int orderedPreviewMax) {
}
