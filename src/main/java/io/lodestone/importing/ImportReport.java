package io.lodestone.importing;

/**
 * What an import did. A second import of unchanged files creates and deletes nothing.
 *
 * @param entities  entity nodes the files define
 * @param facts     relationships (facts) the files define
 * @param sources   source documents the files define
 */
public record ImportReport(long entities, long facts, long sources, int nodesCreated, int nodesDeleted,
                           int relationshipsCreated, int relationshipsDeleted, long millis) {
}
