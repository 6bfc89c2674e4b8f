package io.lodestone.export;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.lodestone.graph.FactView;
import io.lodestone.graph.SourceView;

/**
 * The columns every exported fact carries, in the order of the import's relationships.csv, so
 * provenance (sources, evidence, confidence, dates) survives in every format.
 */
final class FactColumns {

    /** Stored properties, with the type GraphML declares for them. */
    static final List<Column> PROPERTIES = List.of(
            new Column("date", "string"), new Column("validFrom", "string"), new Column("validTo", "string"),
            new Column("year", "long"), new Column("amount", "double"), new Column("unit", "string"),
            new Column("valueText", "string"), new Column("share", "double"), new Column("shareOfWorld", "double"),
            new Column("resource", "string"), new Column("activity", "string"), new Column("level", "string"),
            new Column("role", "string"), new Column("status", "string"), new Column("sources", "string"),
            new Column("evidence", "string"), new Column("confidence", "string"), new Column("note", "string"),
            new Column("origin", "string"));

    /** The documents behind a fact, resolved: one per source, separated by " | ". */
    static final List<Column> DOCUMENTS = List.of(
            new Column("sourceTitles", "string"), new Column("sourcePublishers", "string"),
            new Column("sourceDates", "string"), new Column("sourceLinks", "string"));

    private FactColumns() {
    }

    record Column(String name, String graphMlType) {
    }

    /** A property as text; lists are joined with ";" as in the import files; absent is empty. */
    static String property(FactView fact, String name) {
        return text(fact.properties().get(name));
    }

    static String document(FactView fact, String name) {
        return fact.sources().stream().map(source -> switch (name) {
            case "sourceTitles" -> source.title();
            case "sourcePublishers" -> source.publisher();
            case "sourceDates" -> source.date();
            case "sourceLinks" -> link(source);
            default -> throw new IllegalArgumentException(name);
        }).map(value -> value == null ? "" : value).collect(Collectors.joining(" | "));
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Objects::toString).collect(Collectors.joining(";"));
        }
        return value.toString();
    }

    private static String link(SourceView source) {
        return source.url() != null ? source.url() : source.file();
    }
}
