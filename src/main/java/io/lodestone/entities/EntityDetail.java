package io.lodestone.entities;

import java.util.List;
import java.util.Map;

import io.lodestone.graph.SourceView;

/**
 * An entity with its relationships (as of {@code asOf}, when given): how many of each type and
 * direction, and up to {@code limit} of them, shared out among the groups.
 *
 * @param status             for agreements and policies, the latest status as of the day; otherwise null
 * @param sources            the documents that attest the entity
 * @param relationshipCount  all its relationships
 * @param relationshipGroups per type and direction: how many there are and how many are shown
 * @param relationships      the ones shown, by type, then the name at their other end
 */
public record EntityDetail(String id, String name, String type, List<String> labels, List<String> aliases,
                           Map<String, Object> properties, List<SourceView> sources, StatusView status, String asOf,
                           long relationshipCount, int limit, List<RelationshipGroup> relationshipGroups,
                           List<LinkView> relationships) {
}
