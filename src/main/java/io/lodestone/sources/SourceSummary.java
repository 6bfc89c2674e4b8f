package io.lodestone.sources;

import io.lodestone.graph.SourceView;

/** A document and how many facts it supports. */
public record SourceSummary(SourceView source, long facts) {
}
