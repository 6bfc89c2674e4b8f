package io.lodestone.entities;

import java.util.List;
import java.util.Map;

import io.lodestone.graph.NodeView;
import io.lodestone.graph.SourceView;

/** One relationship of an entity, seen from that entity. */
public record LinkView(String id, String type, String direction, NodeView other, Map<String, Object> properties,
                       List<SourceView> sources) {
}
