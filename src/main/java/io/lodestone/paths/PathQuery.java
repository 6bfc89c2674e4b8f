package io.lodestone.paths;

import java.util.List;

/**
 * A checked path question, defaults filled in.
 *
 * @param types       the relationship types to follow, or null for all
 * @param asOf        ISO date, or null
 * @param factsPerHop facts listed per hop; the path's factCount counts them all
 */
public record PathQuery(String from, String to, int maxHops, Mode mode, int limit, List<String> types, int factsPerHop,
                        String asOf) {

    /** shortest: all shortest paths; all: paths of increasing length that visit no entity twice. */
    public enum Mode { SHORTEST, ALL }
}
