package io.lodestone.documents;

public record Sentence(int index, int start, int end, String text) {
}
