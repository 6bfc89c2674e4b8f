package io.lodestone.workspace;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * The key fact of a step: some row has every expected column value (a list column must contain
 * it; a node counts by its id; numbers compare by value).
 */
final class RowExpectation {

    private RowExpectation() {
    }

    static boolean holds(List<Record> records, Map<String, Object> expect) {
        return records.stream().anyMatch(record -> expect.entrySet().stream()
                .allMatch(e -> record.containsKey(e.getKey()) && matches(record.get(e.getKey()), e.getValue())));
    }

    private static boolean matches(Value value, Object expected) {
        Object actual = value.asObject();
        if (actual instanceof List<?>) {
            return value.asList(v -> v).stream().anyMatch(element -> matches(element, expected));
        }
        if (actual instanceof Node node) {
            return node.get("id").asString("").equals(expected);
        }
        if (actual instanceof Number number && expected instanceof Number other) {
            return number.doubleValue() == other.doubleValue();
        }
        return actual != null && actual.equals(expected);
    }
}
