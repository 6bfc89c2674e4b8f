package io.lodestone.paths;

import java.util.List;

import io.lodestone.graph.FactView;
import io.lodestone.graph.NodeView;

/**
 * One route between two entities: the entities in order, and the facts that link each consecutive
 * pair (several facts may support one hop; at most factsPerHop of them are listed per hop).
 *
 * @param factCount all facts on the route, listed or not
 */
public record PathView(int length, List<NodeView> nodes, List<FactView> relationships, int factCount) {
}
