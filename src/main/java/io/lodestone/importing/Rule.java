package io.lodestone.importing;

import java.util.function.Consumer;

/** A check of one non-empty field on its own; each problem is a message about the field. */
@FunctionalInterface
interface Rule {

    Rule NONE = (value, problems) -> { };

    void check(String value, Consumer<String> problems);
}
