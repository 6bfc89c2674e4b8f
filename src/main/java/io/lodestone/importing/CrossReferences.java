package io.lodestone.importing;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.lodestone.importing.Definitions.RelationshipType;

/**
 * The one check across files: every id a field names (as its column's {@link ImportColumn.Reference}
 * declares) is defined by the file it belongs to, and each fact links kinds of node its type allows.
 * Works on what the files it depends on have defined, once they are read.
 */
final class CrossReferences {

    private final Definitions<Map<String, RelationshipType>> types;
    private final Definitions<Set<String>> sources;
    private final Definitions<Map<String, NodeKind>> entities;

    CrossReferences(Definitions<Map<String, RelationshipType>> types, Definitions<Set<String>> sources,
                    Definitions<Map<String, NodeKind>> entities) {
        this.types = types;
        this.sources = sources;
        this.entities = entities;
    }

    CrossReferences withEntities(Definitions<Map<String, NodeKind>> entities) {
        return new CrossReferences(types, sources, entities);
    }

    void check(Row row, ImportFile declaration) {
        for (ImportColumn column : declaration.columns()) {
            String value = row.get(column.name());
            if (value == null) {
                continue;
            }
            switch (column.reference()) {
                case NONE -> { }
                case SOURCES -> sources(row, column.name(), value);
                case ENTITY -> entity(row, column.name(), value);
                case RESOURCE -> resource(row, column.name(), value);
                case RELATIONSHIP_TYPE -> type(row, column.name(), value);
            }
        }
    }

    private void sources(Row row, String column, String value) {
        for (String id : value.split(";", -1)) {
            if (sources.complete() && !sources.defined().contains(id)) {
                row.problem(column, "unknown source \"" + id + "\"; " + ImportSchema.SOURCES.name() + " does not list it");
            }
        }
    }

    /** @return the entity's kind, or null when it is unknown */
    private NodeKind entity(Row row, String column, String id) {
        NodeKind kind = entities.defined().get(id);
        if (kind == null && entities.complete()) {
            row.problem(column, "unknown id \"" + id + "\"; no node file defines it");
        }
        return kind;
    }

    private void resource(Row row, String column, String id) {
        NodeKind kind = entity(row, column, id);
        if (kind != null && kind != NodeKind.MINERAL && kind != NodeKind.TECHNOLOGY) {
            row.problem(column, "must be a mineral or technology id, was a " + kind.prefix());
        }
    }

    private void type(Row row, String column, String name) {
        RelationshipType type = types.defined().get(name);
        if (type == null) {
            if (types.complete()) {
                row.problem(column, "unknown relationship type \"" + name + "\"; "
                        + ImportSchema.RELATIONSHIP_TYPES.name() + " lists the allowed ones");
            }
            return;
        }
        NodeKind start = entities.defined().get(String.valueOf(row.get("start")));
        if (start != null && !type.startKinds().contains(start)) {
            row.problem("start", name + " cannot start at a " + start.prefix() + " (allowed: " + prefixes(type.startKinds()) + ")");
        }
        NodeKind end = entities.defined().get(String.valueOf(row.get("end")));
        if (end != null && !type.endKinds().contains(end)) {
            row.problem("end", name + " cannot end at a " + end.prefix() + " (allowed: " + prefixes(type.endKinds()) + ")");
        }
    }

    private static String prefixes(Set<NodeKind> kinds) {
        return kinds.stream().map(NodeKind::prefix).collect(Collectors.joining(", "));
    }
}
