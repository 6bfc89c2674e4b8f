package io.lodestone.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The entity another one is merged into. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MergeRequest(String into) {
}
