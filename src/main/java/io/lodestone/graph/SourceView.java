package io.lodestone.graph;

/**
 * A document behind a fact.
 *
 * @param document the id of the document Lodestone holds for this source ({@code GET /api/documents/{id}}
 *                 gives its text), when it holds one: {@code (:Source)-[:HELD_AS]->(:Document)}
 *
 * A fact's supporting excerpt is its {@code evidence} property, not part of its sources: the graph
 * holds one excerpt per fact, so a copy in each source would repeat it and, on a fact citing
 * several sources, attribute it to each of them.
 */
public record SourceView(String id, String title, String publisher, String author, String date, String url,
                         String file, String kind, String document) {
}
