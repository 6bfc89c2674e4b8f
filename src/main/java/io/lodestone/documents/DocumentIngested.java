package io.lodestone.documents;

import java.util.List;

/**
 * Published synchronously inside an ingest, after the document's files and graph nodes are
 * written and before the request is answered: listeners (candidate facts) run in the request.
 * Not published for a document that was already held (same content).
 */
public record DocumentIngested(Document document, List<Sentence> sentences, List<Mention> mentions) {
}
