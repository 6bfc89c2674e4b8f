package io.lodestone.entities;

/**
 * An entity's relationships of one type and direction.
 *
 * @param count  all of them (as of the day asked)
 * @param shown  how many of them the answer holds; the rest are paged with
 *               GET /api/entities/{id}/relationships?type=&direction=
 * @param sample true when the group is larger than {@code lodestone.entities.ordered-preview-max}:
 *               the ones shown are the first found in the store, not the group's first page in
 *               order (by the name at the other end), which paging gives
 */
public record RelationshipGroup(String type, String direction, long count, int shown, boolean sample) {
}
