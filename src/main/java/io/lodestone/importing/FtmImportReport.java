package io.lodestone.importing;

import java.util.List;

/**
 * What an FtM import added, and what it left for review.
 *
 * @param matches incoming entities that are already in the graph (same id) or resemble an entity
 *                (same normalised name or alias): reported, never merged
 * @param held    links not written because an end is such a match
 * @param skipped entities of schemata Lodestone has no kind or relationship type for
 * @param graph   the re-import of the graph from the files (absent on a dry run or when nothing was new)
 */
public record FtmImportReport(int entitiesAdded, int factsAdded, int sourcesAdded, List<Match> matches,
                              List<Held> held, List<Skipped> skipped, ImportReport graph) {

    /** @param matchedOn {@code id}, or the name that matched, e.g. {@code name 'ASML Holding'} */
    public record Match(String ftmId, String schema, String name, String existingId, String existingName, String matchedOn) {
    }

    public record Held(String ftmId, String type, String reason) {
    }

    public record Skipped(String ftmId, String schema, String reason) {
    }
}
