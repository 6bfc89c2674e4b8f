package io.lodestone.importing;

import java.util.Set;
import java.util.function.Consumer;

/** sources.csv: its declared columns, and each source defined once. */
final class SourceRules implements Consumer<Row> {

    private final Keys ids = new Keys();

    @Override
    public void accept(Row row) {
        row.checkColumns(ImportSchema.SOURCES);
        ids.add(row, "id", "duplicate id \"{key}\"");
    }

    Set<String> ids() {
        return ids.keys();
    }
}
