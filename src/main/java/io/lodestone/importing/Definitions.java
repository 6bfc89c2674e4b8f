package io.lodestone.importing;

import java.util.Set;

/**
 * What a file that others refer to defines (ids, types), once it is read.
 *
 * @param complete whether every file was read to its end: when not, an id may be defined in the
 *                 part that could not be read, so references to unknown ids are not reported
 */
record Definitions<T>(T defined, boolean complete) {

    record RelationshipType(Set<NodeKind> startKinds, Set<NodeKind> endKinds) {
    }
}
