package io.lodestone.synthetic;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the generator wrote.
 *
 * @param entitiesByFile  rows written to each node file
 * @param relationshipsByType  facts written, per relationship type
 */
public record WorldSummary(Path directory, long seed, long sources, Map<String, Long> entitiesByFile,
                           Map<String, Long> relationshipsByType) {

    public WorldSummary {
        entitiesByFile = Map.copyOf(entitiesByFile);
        relationshipsByType = Map.copyOf(relationshipsByType);
    }

    public long entities() {
        return entitiesByFile.values().stream().mapToLong(Long::longValue).sum();
    }

    public long relationships() {
        return relationshipsByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
