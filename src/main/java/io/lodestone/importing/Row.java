package io.lodestone.importing;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** One data row of an import file: its fields by column (empty ones absent) and where it is. */
final class Row {

    private final String file;
    private final long line;
    private final Map<String, String> values;
    private final Problems problems;
    private final Set<String> columnsWithProblems = new HashSet<>();

    Row(String file, long line, Map<String, String> values, Problems problems) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    long line() {
        return line;
    }

    /** @return the field, or null when it is empty or the file has no such column */
    String get(String column) {
        return values.get(column);
    }

    void problem(String column, String message) {
        columnsWithProblems.add(column);
        problems.report(file, line, column, message);
    }

    /** @return the field when nothing is wrong with it so far, else null */
    String valid(String column) {
        return columnsWithProblems.contains(column) ? null : get(column);
    }

    /** Checks each field against its column's declaration: required, and its rule. */
    void checkColumns(ImportFile declaration) {
        for (ImportColumn column : declaration.columns()) {
            String value = get(column.name());
            if (value == null) {
                if (column.required() && !columnsWithProblems.contains(column.name())) {
                    problem(column.name(), "is required but empty");
                }
            } else {
                column.rule().check(value, message -> problem(column.name(), message));
            }
        }
    }
}
