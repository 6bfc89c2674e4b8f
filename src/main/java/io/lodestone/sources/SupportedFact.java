package io.lodestone.sources;


import io.lodestone.graph.FactProperties;
import io.lodestone.graph.NodeView;

/** A fact a document supports: what it links and what the document says about it. */
public record SupportedFact(String id, String type, NodeView start, NodeView end, FactProperties properties) {
}
