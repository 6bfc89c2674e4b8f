package io.lodestone.documents;

import java.util.List;

public record DocumentIngested(Document document, List<Sentence> sentences, List<Mention> mentions) {
}
