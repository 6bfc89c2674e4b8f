package io.lodestone.paths;

import java.util.List;

import io.lodestone.graph.NodeView;

public record PathsAnswer(NodeView from, NodeView to, String mode, int maxHops, List<String> types, String asOf,
                          List<PathView> paths) {
}
