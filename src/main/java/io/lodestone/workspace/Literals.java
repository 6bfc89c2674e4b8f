package io.lodestone.workspace;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Parameter values written as Cypher, for Browser's {@code :params}. */
final class Literals {

    private Literals() {
    }

    static String cypher(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Literals::cypher).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + cypher(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }
}
