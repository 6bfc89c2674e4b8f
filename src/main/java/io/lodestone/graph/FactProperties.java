package io.lodestone.graph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * The stored properties of a fact, typed: the columns of relationships.csv as
 * cypher/import/relationships.cypher converts them, the as-of keys that query derives
 * ({@code since}, {@code until}), and on an edge derived from a fact (INVOLVES) the fact it comes
 * from ({@code fact}) and that fact's type ({@code relation}). FactPropertiesTest holds the
 * components to the import declaration, so a new column cannot be forgotten here. Absent
 * properties are left out of the JSON, as they are absent from the relationship.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactProperties(String id, String date, String validFrom, String validTo, Long year, Double amount,
                             String unit, String valueText, Double share, Double shareOfWorld, String resource,
                             String activity, String level, String role, String status, List<String> sources,
                             String evidence, String confidence, String note, List<String> origin, String since,
                             String until, String fact, String relation) {

    /** Each property by name, for the callers driven by the import declaration (exports). */
    private static final Map<String, Method> ACCESSORS = Arrays.stream(FactProperties.class.getRecordComponents())
            .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getAccessor));

    /** Reads a relationship (or a map with its keys); properties it lacks stay null. */
    public static FactProperties of(MapAccessor r) {
        return new FactProperties(text(r, "id"), text(r, "date"), text(r, "validFrom"), text(r, "validTo"),
                value(r, "year", Value::asLong), value(r, "amount", Value::asDouble), text(r, "unit"),
                text(r, "valueText"), value(r, "share", Value::asDouble), value(r, "shareOfWorld", Value::asDouble),
                text(r, "resource"), text(r, "activity"), text(r, "level"), text(r, "role"), text(r, "status"),
                value(r, "sources", v -> v.asList(Value::asString)), text(r, "evidence"), text(r, "confidence"),
                text(r, "note"), value(r, "origin", v -> v.asList(Value::asString)), text(r, "since"), text(r, "until"),
                text(r, "fact"), text(r, "relation"));
    }

    /** A fact that is assumed, not stored (a scenario's): what it does, how sure, since when. */
    public static FactProperties assumed(String activity, String confidence, String since) {
        return new FactProperties(null, null, null, null, null, null, null, null, null, null, null, activity, null,
                null, null, null, null, confidence, null, null, since, null, null, null);
    }

    /** The property called {@code name}, or null when the fact has none. */
    public Object get(String name) {
        Method accessor = ACCESSORS.get(name);
        if (accessor == null) {
            return null;
        }
        try {
            return accessor.invoke(this);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    /** The ids of the fact's sources; none when it has no source list. */
    public List<String> sourceIds() {
        return sources == null ? List.of() : sources;
    }

    private static String text(MapAccessor r, String key) {
        return value(r, key, Value::asString);
    }

    private static <T> T value(MapAccessor r, String key, Function<Value, T> read) {
        Value value = r.get(key);
        return value == null || value.isNull() ? null : read.apply(value);
    }
}
