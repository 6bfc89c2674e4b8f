package io.lodestone.review;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a reviewer changes when accepting a candidate fact; every field optional. {@code reverse}
 * swaps start and end (before {@code start}/{@code end} apply); an end may name an existing
 * entity ({@code {"id": "firm:asml"}}) or create one ({@code {"id": "firm:new-co", "name": "New Co", "create": true}}).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Correction(String type, Boolean reverse, End start, End end,
                         String date, String validFrom, String validTo, Integer year,
                         BigDecimal amount, String unit, String valueText, BigDecimal share, BigDecimal shareOfWorld,
                         String resource, String activity, String level, String role, String status,
                         String confidence, String note) {

    static final Correction NONE = new Correction(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record End(String id, String name, Boolean create, String description) {
    }
}
