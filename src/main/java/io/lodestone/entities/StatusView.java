package io.lodestone.entities;

/** The latest status of an agreement or policy on the day asked (HAS_STATUS facts). */
public record StatusView(String status, String since, String factId) {
}
