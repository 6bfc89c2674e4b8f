package io.lodestone.importing;

/**
 * How a column's text is stored: the expression with which {@code cypher/import/} reads it, the
 * type suffix of its bulk-import header and its GraphML type in exports.
 */
public enum ColumnType {
    /** stored as it is written */
    TEXT(null, "", "string"),
    /** a whole number */
    INTEGER("toInteger", "long", "long"),
    /** a decimal number */
    DECIMAL("toFloat", "double", "double"),
    /** {@code true} or {@code false} */
    BOOLEAN("toBoolean", "boolean", "boolean"),
    /** a {@code ;}-separated list; absent when empty */
    LIST("split", "string[]", "string"),
    /** a {@code ;}-separated list, stored as an empty list when the field is empty */
    LIST_OR_EMPTY("split", "string[]", "string");

    private final String function;
    private final String bulkType;
    private final String graphMlType;

    ColumnType(String function, String bulkType, String graphMlType) {
        this.function = function;
        this.bulkType = bulkType;
        this.graphMlType = graphMlType;
    }

    /** @return the Cypher expression that reads column {@code name} of a {@code LOAD CSV} row called {@code row} */
    public String cypher(String name) {
        String value = "row." + name;
        return switch (this) {
            case TEXT -> value;
            case LIST -> "split(" + value + ", ';')";
            case LIST_OR_EMPTY -> "CASE WHEN " + value + " IS NULL THEN [] ELSE split(" + value + ", ';') END";
            default -> function + "(" + value + ")";
        };
    }

    /** @return the Cypher function that converts the text, or null for text stored as it is */
    public String cypherFunction() {
        return function;
    }

    /** @return the type in a bulk-import header ({@code name:type}), empty for strings */
    public String bulkType() {
        return bulkType;
    }

    public String graphMlType() {
        return graphMlType;
    }
}
