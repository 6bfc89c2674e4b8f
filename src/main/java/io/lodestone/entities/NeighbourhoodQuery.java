package io.lodestone.entities;

import java.util.List;

/**
 * A checked neighbourhood question, defaults filled in.
 *
 * @param types the relationship types to follow, or null for all
 * @param limit most nodes
 * @param maxRelationships most relationships
 * @param asOf  ISO date, or null
 */
public record NeighbourhoodQuery(String id, int depth, List<String> types, int limit, int maxRelationships, String asOf) {
}
