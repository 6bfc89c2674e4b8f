package io.lodestone.graph;

/** An entity as the other end of a fact, or as a member of a path or subgraph. */
public record NodeView(String id, String name, String type) {
}
