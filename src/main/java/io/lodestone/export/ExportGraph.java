package io.lodestone.export;

import java.util.List;

import io.lodestone.graph.FactView;

/**
 * A graph to export: the whole graph, a neighbourhood or the union of paths.
 *
 * @param scope what was exported, e.g. {@code graph}, {@code neighbourhood of firm:asml}
 */
public record ExportGraph(String scope, List<ExportNode> nodes, List<FactView> relationships) {
}
