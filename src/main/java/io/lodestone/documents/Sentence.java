package io.lodestone.documents;

/** A sentence of a document's text: {@code text} is {@code document.text().substring(start, end)}. */
public record Sentence(int index, int start, int end, String text) {
}
