package io.lodestone.candidates;

import java.util.Locale;
import java.util.Set;

/** Node kinds as the import files name them: the prefix of an entity id ({@code firm:asml} is a firm). */
final class Kinds {

    static final Set<String> ALL = Set.of("country", "bloc", "firm", "person", "institution", "mineral", "technology",
            "facility", "agreement", "policy", "project", "event", "region", "status");

    private Kinds() {
    }

    static String of(String entityId) {
        int colon = entityId.indexOf(':');
        return colon < 0 ? null : entityId.substring(0, colon);
    }

    /**
     * The kinds a name the graph does not know may have, from the kind the mention finder proposes
     * (a kind of ours, or a named-entity class: organisation, person, place).
     */
    static Set<String> proposed(String proposedKind) {
        if (proposedKind == null) {
            return Set.of("firm", "institution", "person", "country", "region");
        }
        String kind = proposedKind.toLowerCase(Locale.ROOT);
        if (ALL.contains(kind)) {
            return Set.of(kind);
        }
        return switch (kind) {
            case "organisation", "organization", "org" -> Set.of("firm", "institution");
            case "place", "location", "gpe", "loc" -> Set.of("country", "region");
            case "person", "per" -> Set.of("person");
            default -> Set.of("firm", "institution", "person", "country", "region");
        };
    }

    /** The kind to create a proposed entity as, unless the reviewer says otherwise. */
    static String likely(Set<String> kinds) {
        for (String kind : new String[] {"firm", "person", "country", "institution", "region"}) {
            if (kinds.contains(kind)) {
                return kind;
            }
        }
        return kinds.iterator().next();
    }
}
