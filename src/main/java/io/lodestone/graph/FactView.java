package io.lodestone.graph;

import java.util.List;

/**
 * A relationship of the graph with its provenance: why the edge exists, who says so, when, and
 * how sure.
 *
 * @param properties its stored properties (evidence, confidence, dates, amounts, source ids ...): the
 *                   supporting excerpt is {@code properties.evidence}, given once per fact
 * @param sources    the source documents the fact cites, in the order of {@code properties.sources}
 */
public record FactView(String id, String type, String startId, String endId, FactProperties properties,
                       List<SourceView> sources) {

    /**
     * What makes a relationship a fact: its id starts with this, as every query tests with
     * {@code id STARTS WITH 'fact:'}. Edges derived from facts (INVOLVES, {@code involves:}) do not,
     * so nothing counts or exports a fact twice (docs/model.md).
     */
    public static final String ID_PREFIX = "fact:";

    /** Whether this is a fact, not an edge derived from one. */
    public boolean isFact() {
        return id != null && id.startsWith(ID_PREFIX);
    }
}
