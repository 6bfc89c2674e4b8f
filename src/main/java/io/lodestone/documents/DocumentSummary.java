package io.lodestone.documents;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document in a list or an ingest answer, without its text. A search hit also has its score and
 * a snippet of the text around the first match, with the matched words at {@code highlights}
 * (offsets into the snippet) and in {@code snippetHtml} (HTML-escaped, matches in {@code <mark>}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentSummary(String id, String title, String publisher, String author, String date, String url,
                              String language, Instant ingestedAt, int length, long mentions, Double score,
                              Integer snippetStart, String snippet, List<Highlight> highlights, String snippetHtml) {

    /** Characters [start, end) of the snippet matched the query. */
    public record Highlight(int start, int end) {
    }
}
