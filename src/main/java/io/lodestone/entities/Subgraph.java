package io.lodestone.entities;

import java.util.List;

import io.lodestone.graph.FactView;
import io.lodestone.graph.NodeView;

/**
 * The entities around a center and the relationships between them.
 *
 * @param relationshipCount all the relationships between these entities; {@code relationships}
 *                          holds at most the number asked, the center's own first
 */
public record Subgraph(String center, int depth, List<NodeView> nodes, long relationshipCount, List<FactView> relationships) {
}
