package io.lodestone.importing;

import java.util.Set;
import java.util.function.Consumer;

/** A node file: its declared columns, the sources it names, and each entity defined once. */
final class NodeRules implements Consumer<Row> {

    private final NodeKind kind;
    private final CrossReferences references;
    private final Keys ids = new Keys();

    NodeRules(NodeKind kind, CrossReferences references) {
        this.kind = kind;
        this.references = references;
    }

    @Override
    public void accept(Row row) {
        row.checkColumns(kind.importFile());
        references.check(row, kind.importFile());
        ids.add(row, "id", "duplicate id \"{key}\"");
    }

    Set<String> ids() {
        return ids.keys();
    }
}
