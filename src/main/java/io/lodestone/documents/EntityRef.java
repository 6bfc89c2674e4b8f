package io.lodestone.documents;

public record EntityRef(String id, String name, String type) {
}
