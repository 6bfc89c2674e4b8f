package io.lodestone.entities;

import java.util.List;

import io.lodestone.graph.FactView;
import io.lodestone.graph.NodeView;

public record Subgraph(String center, int depth, List<NodeView> nodes, List<FactView> relationships) {
}
