package io.lodestone.entities;

import java.util.List;

/**
 * One page of an entity's relationships of one type and direction.
 *
 * @param total all of them (as of the day asked)
 */
public record RelationshipPage(String id, String type, String direction, String asOf, long total, int offset, int limit,
                               List<LinkView> relationships) {
}
