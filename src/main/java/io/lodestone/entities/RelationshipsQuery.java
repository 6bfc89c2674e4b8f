package io.lodestone.entities;

/** A page of an entity's relationships of one type and direction, checked. */
public record RelationshipsQuery(String id, String type, String direction, String asOf, int offset, int limit) {
}
