package io.lodestone.graph;

import java.util.OptionalLong;

/**
 * Whether the graph may have changed since an answer was computed: a number that moves on whenever a
 * transaction that writes to the database commits, whoever wrote (the service, Neo4j Browser,
 * cypher-shell). Answers kept under the version they were read at are good while it stays.
 */
@FunctionalInterface
public interface GraphVersion {

    /** @return the current version, or empty when writes can happen unseen (an external server) */
    OptionalLong current();
}
