package io.lodestone.entities;

import java.util.List;
import java.util.Map;

import io.lodestone.graph.SourceView;

/**
 * An entity with every relationship it has (as of {@code asOf}, when given).
 *
 * @param status  for agreements and policies, the latest status as of the day; otherwise null
 * @param sources the documents that attest the entity
 */
public record EntityDetail(String id, String name, String type, List<String> labels, List<String> aliases,
                           Map<String, Object> properties, List<SourceView> sources, StatusView status, String asOf,
                           List<LinkView> relationships) {
}
