package io.lodestone.importing;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.lodestone.importing.Definitions.RelationshipType;

/** relationship-types.csv: its declared columns, and each type defined once with the kinds it links. */
final class RelationshipTypeRules implements Consumer<Row> {

    private final Keys names = new Keys();
    private final Map<String, RelationshipType> types = new LinkedHashMap<>();

    @Override
    public void accept(Row row) {
        row.checkColumns(ImportSchema.RELATIONSHIP_TYPES);
        if (names.add(row, "type", "duplicate relationship type {key}")) {
            types.put(row.get("type"), new RelationshipType(kinds(row.get("startKinds")), kinds(row.get("endKinds"))));
        }
    }

    Map<String, RelationshipType> types() {
        return Collections.unmodifiableMap(types);
    }

    /** @return the kinds a {@code ;}-separated list names (unknown ones are reported by the column's rule) */
    private static Set<NodeKind> kinds(String value) {
        if (value == null || value.equals("*")) {
            return EnumSet.allOf(NodeKind.class);
        }
        Set<NodeKind> kinds = new LinkedHashSet<>();
        Arrays.stream(value.split(";")).map(prefix -> NodeKind.byPrefix(prefix.strip()))
                .flatMap(Optional::stream).forEach(kinds::add);
        return kinds;
    }
}
