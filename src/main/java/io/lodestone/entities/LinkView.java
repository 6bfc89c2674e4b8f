package io.lodestone.entities;

import java.util.List;

import io.lodestone.graph.FactProperties;
import io.lodestone.graph.NodeView;
import io.lodestone.graph.SourceView;

/** One relationship of an entity, seen from that entity. */
public record LinkView(String id, String type, String direction, NodeView other, FactProperties properties,
                       List<SourceView> sources) {
}
