package io.lodestone.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import did. A second import of unchanged files creates and deletes nothing.
 *
 * @param entities  entity nodes the files define
 * @param facts     relationships (facts) the files define
 * @param sources   source documents the files define
 * @param quality   the data-quality findings that did not stop the import (docs/data-quality.md)
 */
public record ImportReport(long entities, long facts, long sources, int nodesCreated, int nodesDeleted,
                           int relationshipsCreated, int relationshipsDeleted, long millis, Quality quality) {

    /** Findings by class, the entities with most findings, and the first warnings ({@code file:line: column: message}). */
    public record Quality(Map<String, Integer> counts, List<Offender> worstOffenders, List<String> warnings,
                          int warningCount) {
    }

    /** An entity and how many findings concern it. */
    public record Offender(String id, int findings) {
    }
}
