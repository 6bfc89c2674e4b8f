package io.lodestone.analytics;

import java.util.Map;

import io.lodestone.graph.FactProperties;
import io.lodestone.graph.NodeView;

/**
 * A fact as the calculations see it: a stored one, or one a scenario assumes (its id starts with {@code scenario:}).
 *
 * @param elementId set when only the properties the calculations use were read (a hub's questions read thousands
 *                  of facts): the relationship's element id, to read it in full if an answer shows it; null otherwise
 */
record Fact(String id, String type, NodeView start, NodeView end, FactProperties properties, String elementId) {

    private static final double HIGH = 1.0;
    private static final double MEDIUM = 0.75;
    private static final double OTHER = 0.5;

    Fact(String id, String type, NodeView start, NodeView end, FactProperties properties) {
        this(id, type, start, end, properties, null);
    }

    /** The reference year of its figure: {@code year}, else the year it holds since. */
    Integer year() {
        if (properties.year() != null) {
            return properties.year().intValue();
        }
        String since = properties.since();
        return since != null && since.length() >= 4 ? Integer.valueOf(since.substring(0, 4)) : null;
    }

    /** high 1, medium 0.75, low 0.5: how much a fact's figure is trusted when several compete. */
    double confidenceWeight() {
        return switch (String.valueOf(properties.confidence())) {
            case "high" -> HIGH;
            case "medium" -> MEDIUM;
            default -> OTHER;
        };
    }

    /**
     * The weights of {@link #confidenceWeight()} for the queries that choose among facts themselves (their
     * {@code $confidence}): by confidence, and "other".
     */
    static Map<String, Object> confidenceWeights() {
        return Map.of("high", HIGH, "medium", MEDIUM, "other", OTHER);
    }

    boolean validOn(String asOf) {
        if (asOf == null) {
            return true;
        }
        String since = properties.since();
        String until = properties.until();
        return (since == null || since.compareTo(asOf) <= 0) && (until == null || until.compareTo(asOf) >= 0);
    }

    boolean touches(String entityId) {
        return start.id().equals(entityId) || end.id().equals(entityId);
    }
}
