package io.lodestone.sources;

import java.util.Map;

import io.lodestone.graph.NodeView;

/** A fact a document supports: what it links and what the document says about it. */
public record SupportedFact(String id, String type, NodeView start, NodeView end, Map<String, Object> properties) {
}
