package io.lodestone.graph;

/**
 * A document behind a fact.
 *
 * @param document the id of the document Lodestone holds for this source ({@code GET /api/documents/{id}}
 *                 gives its text), when it holds one: {@code (:Source)-[:HELD_AS]->(:Document)}
 * @param excerpt  the fact's supporting excerpt (its evidence), when shown with a fact
 */
public record SourceView(String id, String title, String publisher, String author, String date, String url,
                         String file, String kind, String document, String excerpt) {

    SourceView withExcerpt(String excerpt) {
        return new SourceView(id, title, publisher, author, date, url, file, kind, document, excerpt);
    }
}
