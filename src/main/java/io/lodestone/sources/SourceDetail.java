package io.lodestone.sources;

import java.util.List;

import io.lodestone.graph.SourceView;

public record SourceDetail(SourceView source, List<SupportedFact> facts) {
}
