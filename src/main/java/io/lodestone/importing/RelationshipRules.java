package io.lodestone.importing;

import java.util.Set;
import java.util.function.Consumer;

/** relationships.csv: its declared columns, what it refers to, each fact once, and a valid period. */
final class RelationshipRules implements Consumer<Row> {

    private final CrossReferences references;
    private final Keys ids = new Keys();

    RelationshipRules(CrossReferences references) {
        this.references = references;
    }

    @Override
    public void accept(Row row) {
        row.checkColumns(ImportSchema.RELATIONSHIPS);
        references.check(row, ImportSchema.RELATIONSHIPS);
        ids.add(row, "id", "duplicate id \"{key}\"");
        String from = row.valid("validFrom");
        String to = row.valid("validTo");
        if (from != null && to != null && from.compareTo(to) > 0) {
            row.problem("validTo", "is before validFrom (" + from + ")");
        }
    }

    Set<String> ids() {
        return ids.keys();
    }
}
