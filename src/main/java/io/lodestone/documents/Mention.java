package io.lodestone.documents;

public record Mention(String text, int start, int end, int sentence, EntityRef entity, String proposedKind) {
}
