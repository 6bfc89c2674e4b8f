package io.lodestone.request;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.lodestone.problem.InvalidParameterException;

/** Parameter values in the form the services take, once their constraints have passed. */
public final class Values {

    private Values() {
    }

    /**
     * For ids checked in code, where whether one is required depends on other values (a scenario's changes).
     *
     * @return the {@link EntityId}
     * @throws InvalidParameterException naming {@code parameter} when it is absent or not an id
     */
    public static String entityId(String parameter, String value) {
        String problem = EntityId.Validator.problem(value);
        if (problem != null) {
            throw new InvalidParameterException(parameter, InvalidParameterException.PARAMETER + " " + problem);
        }
        return value;
    }

    /** @return the {@link IsoDate} as the queries compare it, or null when absent */
    public static String isoDate(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value).toString();
    }

    /** @return the {@link RelationshipTypes} listed, or null when absent (every type) */
    public static List<String> relationshipTypes(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
