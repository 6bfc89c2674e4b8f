package io.lodestone.entities;

/**
 * An entity's relationships of one type and direction.
 *
 * @param count all of them (as of the day asked)
 * @param shown how many of them the answer holds; the rest are paged with
 *              GET /api/entities/{id}/relationships?type=&direction=
 */
public record RelationshipGroup(String type, String direction, long count, int shown) {
}
