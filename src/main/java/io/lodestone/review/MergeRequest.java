package io.lodestone.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The entity another one is merged into.
 *
 * @param dropFactsBetween the facts between the two entities would become facts of an entity with
 *                         itself: without this the merge is refused (409) naming them; with it they
 *                         are dropped from the files and kept in the merge record
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MergeRequest(String into, Boolean dropFactsBetween) {
}
