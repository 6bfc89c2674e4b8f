package io.lodestone.export;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.lodestone.graph.FactView;
import io.lodestone.graph.SourceView;
import io.lodestone.importing.ImportSchema;

/**
 * The columns every exported fact carries, in the order of the import's relationships.csv, so
 * provenance (sources, evidence, confidence, dates) survives in every format.
 */
final class FactColumns {

    /** The properties relationships.csv stores (all its columns but id, start, type, end), with their GraphML type. */
    static final List<Column> PROPERTIES = ImportSchema.RELATIONSHIPS.columns().stream()
            .filter(column -> column.property() && !column.name().equals("id"))
            .map(column -> new Column(column.name(), column.type().graphMlType()))
            .toList();

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
