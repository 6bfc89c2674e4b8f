package io.lodestone.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;


/** Checks of request parameters shared by the endpoints; each failure names the parameter. */
public final class Parameters {

    public static final int MAX_TEXT = 200;
    private static final Pattern ID = Pattern.compile("[a-z]+:[A-Za-z0-9][A-Za-z0-9._-]*");

    private Parameters() {
    }

    public static int range(String name, Integer value, int defaultValue, int min, int max) {
        int actual = value == null ? defaultValue : value;
        if (actual < min || actual > max) {
            throw new InvalidParameterException(name, "'" + name + "' must be between " + min + " and " + max
                    + ", was " + actual + ".");
        }
        return actual;
    }

    /** An entity or source id as stored, e.g. country:VN. */
    public static String id(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(name, "'" + name + "' is required: an entity id such as country:VN"
                    + " (find ids with GET /api/entities?q=...).");
        }
        if (value.length() > MAX_TEXT || !ID.matcher(value).matches()) {
            throw new InvalidParameterException(name, "'" + name + "' must be an id of the form kind:key, e.g. country:VN"
                    + " or firm:asml; was " + quote(value) + ".");
        }
        return value;
    }

    /** @return the ISO date, or null when absent */
    public static String asOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("asOf", "'asOf' must be an ISO date YYYY-MM-DD, e.g. 2026-01-28; was "
                    + quote(value) + ".");
        }
    }

    /** Comma-separated relationship types, each one of {@code known}; null when absent. */
    /** @param known read only when types are given: on a large graph the vocabulary takes a pass over the facts */
    public static List<String> relationshipTypes(String value, Supplier<Set<String>> known) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<String> allowed = known.get();
        List<String> types = new ArrayList<>();
        for (String type : Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList()) {
            if (!allowed.contains(type)) {
                throw new InvalidParameterException("types", "'types' holds the unknown relationship type " + quote(type)
                        + "; allowed: " + String.join(", ", allowed) + ".");
            }
            types.add(type);
        }
        return types;
    }

    public static <E extends Enum<E>> E choice(String name, String value, E defaultValue, Class<E> type) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new InvalidParameterException(name, "'" + name + "' must be one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase()).toList())
                + "; was " + quote(value) + ".");
    }

    /** Quotes a value for a message, shortened so a huge input is not echoed back. */
    public static String quote(String value) {
        return InvalidParameterException.quote(value);
    }
}
