package io.lodestone.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Why a candidate fact is rejected. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Rejection(String reason) {
}
