package io.lodestone.graph;

import java.util.List;
import java.util.Map;

/**
 * A relationship of the graph with its provenance: why the edge exists, who says so, when, and
 * how sure.
 *
 * @param properties every stored property (evidence, confidence, dates, amounts, source ids ...)
 * @param sources    the source documents, each with the supporting excerpt
 */
public record FactView(String id, String type, String startId, String endId, Map<String, Object> properties,
                       List<SourceView> sources) {
}
