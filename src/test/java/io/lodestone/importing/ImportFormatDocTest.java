package io.lodestone.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The column tables of docs/import-format.md are generated from {@link ImportSchema}; this test
 * fails when they differ, and rewrites them with {@code -Dimport-format.write=true}.
 */
class ImportFormatDocTest {

    private static final Path DOC = Path.of("docs/import-format.md");
    private static final String BEGIN = "<!-- import-columns:begin -->";
    private static final String END = "<!-- import-columns:end -->";

    @Test
    void theColumnTablesOfTheImportFormatAreTheDeclaredColumns() throws IOException {
        String doc = Files.readString(DOC);
        int from = doc.indexOf(BEGIN);
        int to = doc.indexOf(END);
        assertThat(from).as("%s has the markers %s ... %s", DOC, BEGIN, END).isNotNegative();
        assertThat(to).isGreaterThan(from);
        String generated = BEGIN + "\n" + tables() + END;
        if (Boolean.getBoolean("import-format.write")) {
            Files.writeString(DOC, doc.substring(0, from) + generated + doc.substring(to + END.length()));
            return;
        }

        assertThat(doc.substring(from, to + END.length()))
                .as("the tables of %s, against ImportSchema (rewrite them with -Dimport-format.write=true)", DOC)
                .isEqualTo(generated);
    }

    private static String tables() {
        StringBuilder md = new StringBuilder("### Node files\n\n")
                .append("| kind | file | labels | extra columns (all optional) |\n| --- | --- | --- | --- |\n");
        for (NodeKind kind : NodeKind.values()) {
            List<ImportColumn> extra = kind.importFile().columns().subList(5, kind.importFile().columns().size());
            md.append("| ").append(kind.prefix()).append(" | ").append(kind.file()).append(" | ")
                    .append(String.join(", ", kind.labels())).append(" | ")
                    .append(extra.stream().map(column -> column.name()
                            + (column.meaning().isEmpty() ? "" : " (" + column.meaning() + ")"))
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        md.append("\nThe columns of every node file, in this order, then the file's extra columns:\n\n");
        columns(md, NodeKind.COUNTRY.importFile().columns().subList(0, 5));
        md.append("\n### sources.csv\n\n");
        columns(md, ImportSchema.SOURCES.columns());
        md.append("\n### relationships.csv — one fact a row\n\n");
        columns(md, ImportSchema.RELATIONSHIPS.columns());
        md.append("\n### relationship-types.csv\n\n");
        columns(md, ImportSchema.RELATIONSHIP_TYPES.columns());
        return md.toString();
    }

    private static void columns(StringBuilder md, List<ImportColumn> columns) {
        md.append('`').append(columns.stream().map(ImportColumn::name).collect(Collectors.joining(","))).append("`\n\n")
                .append("| column | required | stored as | meaning |\n| --- | --- | --- | --- |\n");
        for (ImportColumn column : columns) {
            md.append("| ").append(column.name()).append(" | ").append(column.required() ? "yes" : "")
                    .append(" | ").append(storedAs(column.type())).append(" | ").append(column.meaning()).append(" |\n");
        }
    }

    private static String storedAs(ColumnType type) {
        return switch (type) {
            case TEXT -> "text";
            case INTEGER -> "whole number";
            case DECIMAL -> "decimal number";
            case BOOLEAN -> "`true` or `false`";
            case LIST -> "list, `;`-separated";
            case LIST_OR_EMPTY -> "list, `;`-separated; empty field: empty list";
        };
    }
}
