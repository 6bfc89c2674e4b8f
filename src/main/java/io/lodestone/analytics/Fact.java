package io.lodestone.analytics;

import java.util.Map;

import io.lodestone.graph.NodeView;
import org.neo4j.driver.types.Relationship;

/**
 * A fact as the calculations see it. {@code relationship} is the stored relationship, or null for
 * a fact a scenario assumes, whose {@code properties} are then given.
 */
record Fact(String id, String type, NodeView start, NodeView end, Map<String, Object> properties,
            Relationship relationship) {

    /** A stored fact: its properties are read from the relationship when asked (thousands per answer on a large graph). */
    static Fact stored(Relationship relationship, NodeView start, NodeView end) {
        return new Fact(relationship.get("id").asString(null), relationship.type(), start, end, Map.of(), relationship);
    }

    Double number(String key) {
        Object value = value(key);
        return value instanceof Number number ? number.doubleValue() : null;
    }

    String text(String key) {
        Object value = value(key);
        return value == null ? null : value.toString();
    }

    private Object value(String key) {
        return relationship == null ? properties.get(key) : relationship.get(key).asObject();
    }

    Integer year() {
        Double year = number("year");
        if (year != null) {
            return year.intValue();
        }
        String since = text("since");
        return since != null && since.length() >= 4 ? Integer.valueOf(since.substring(0, 4)) : null;
    }

    /** high 1, medium 0.75, low 0.5: how much a fact's figure is trusted when several compete. */
    double confidenceWeight() {
        return switch (String.valueOf(text("confidence"))) {
            case "high" -> 1.0;
            case "medium" -> 0.75;
            default -> 0.5;
        };
    }

    boolean validOn(String asOf) {
        if (asOf == null) {
            return true;
        }
        String since = text("since");
        String until = text("until");
        return (since == null || since.compareTo(asOf) <= 0) && (until == null || until.compareTo(asOf) >= 0);
    }

    boolean touches(String entityId) {
        return start.id().equals(entityId) || end.id().equals(entityId);
    }
}
