package io.lodestone.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The keys one import file defines, each with the line that defines it; a key defined twice is reported. */
final class Keys {

    private final Map<String, Long> lines = new LinkedHashMap<>();

    /** @return whether the row's key is valid and new, so that the row defines it */
    boolean add(Row row, String column, String duplicate) {
        String key = row.valid(column);
        if (key == null) {
            return false;
        }
        Long first = lines.putIfAbsent(key, row.line());
        if (first != null) {
            row.problem(column, duplicate.replace("{key}", key) + ", first defined at " + row.file() + ":" + first);
            return false;
        }
        return true;
    }

    /** @return every key, in the order of the file */
    Set<String> keys() {
        return Collections.unmodifiableSet(lines.keySet());
    }
}
