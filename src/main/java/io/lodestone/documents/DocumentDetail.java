package io.lodestone.documents;

import java.time.Instant;

/** A document with its frozen text, and how many mentions and candidate facts it has. */
public record DocumentDetail(String id, String title, String publisher, String author, String date, String url,
                             String language, String contentHash, Instant ingestedAt, String text, long mentions,
                             long candidates) {
}
