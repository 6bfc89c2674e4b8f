package io.lodestone.importing;

import java.util.List;

/**
 * One column of an import file.
 *
 * @param type        how the text is stored
 * @param required    whether the field must not be empty
 * @param rule        what a non-empty field must look like on its own
 * @param reference   what the field names in another file, checked across files
 * @param values      the values allowed, when the column has a fixed set; else empty
 * @param bulkHeader  the column's header in the files given to Neo4j's bulk importer
 * @param meaning     one line for docs/import-format.md
 */
public record ImportColumn(String name, ColumnType type, boolean required, Rule rule, Reference reference,
                           List<String> values, String bulkHeader, String meaning) {

    /** What a field refers to in the other files. */
    public enum Reference {
        NONE,
        /** an entity id that a node file defines */
        ENTITY,
        /** an entity id of a mineral or technology */
        RESOURCE,
        /** a type that relationship-types.csv lists */
        RELATIONSHIP_TYPE,
        /** {@code ;}-separated ids of sources.csv */
        SOURCES
    }

    static ImportColumn of(String name, ColumnType type, String meaning) {
        String bulk = type.bulkType().isEmpty() ? name : name + ":" + type.bulkType();
        return new ImportColumn(name, type, false, Rule.NONE, Reference.NONE, List.of(), bulk, meaning);
    }

    static ImportColumn text(String name, String meaning) {
        return of(name, ColumnType.TEXT, meaning);
    }

    ImportColumn notEmpty() {
        return new ImportColumn(name, type, true, rule, reference, values, bulkHeader, meaning);
    }

    ImportColumn rule(Rule rule) {
        return new ImportColumn(name, type, required, rule, reference, values, bulkHeader, meaning);
    }

    /** @param described the values as a problem names them, e.g. "high, medium or low" */
    ImportColumn oneOf(String described, String... allowed) {
        return new ImportColumn(name, type, required, Rules.oneOf(described, List.of(allowed)), reference,
                List.of(allowed), bulkHeader, meaning);
    }

    ImportColumn references(Reference reference) {
        return new ImportColumn(name, type, required, rule, reference, values, bulkHeader, meaning);
    }

    ImportColumn bulkHeader(String header) {
        return new ImportColumn(name, type, required, rule, reference, values, header, meaning);
    }

    /** @return whether the column is stored as a property (not a relationship's start, end or type) */
    public boolean property() {
        return !bulkHeader.startsWith(":");
    }
}
