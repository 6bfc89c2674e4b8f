package io.lodestone.graph;

/** Published after an import has changed the graph, so that what is kept about it is read again. */
public record GraphChangedEvent() {
}
