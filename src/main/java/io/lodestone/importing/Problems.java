package io.lodestone.importing;

import java.util.ArrayList;
import java.util.List;

/** Where every check reports, in the order the files are read. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void report(String file, long line, String column, String message) {
        found.add(new Problem(file, line, column, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    ImportRejectedException rejection() {
        return new ImportRejectedException(found);
    }
}
