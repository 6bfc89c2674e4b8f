package io.lodestone.workspace;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Parameter values written as Cypher (for Browser's :params) and as Python (for notebooks). */
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

    static String python(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Literals::python).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> python(e.getKey()) + ": " + python(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }
}
