package io.lodestone.candidates;

import java.util.Set;

/** A relationship type of {@code relationship-types.csv} with the kinds it may start and end at. */
public record RelationshipRule(String type, Set<String> startKinds, Set<String> endKinds, String description) {

    public boolean allows(Set<String> start, Set<String> end) {
        return matches(startKinds, start) && matches(endKinds, end);
    }

    private static boolean matches(Set<String> allowed, Set<String> kinds) {
        return allowed.contains("*") || kinds.stream().anyMatch(allowed::contains);
    }
}
