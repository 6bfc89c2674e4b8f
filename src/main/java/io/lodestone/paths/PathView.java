package io.lodestone.paths;

import java.util.List;

import io.lodestone.graph.FactView;
import io.lodestone.graph.NodeView;

/**
 * One route between two entities: the entities in order, and every fact that links each
 * consecutive pair (several facts may support one hop).
 */
public record PathView(int length, List<NodeView> nodes, List<FactView> relationships) {
}
