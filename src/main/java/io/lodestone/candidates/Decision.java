package io.lodestone.candidates;

/**
 * A reviewer's decision on a candidate fact, as the decisions file keeps it.
 *
 * @param decision accepted or rejected
 * @param fact     the fact an accepted candidate became
 * @param reason   why a candidate was rejected
 */
public record Decision(String candidate, String decision, String fact, String who, String at, String reason) {

    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
}
