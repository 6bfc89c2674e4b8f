package io.lodestone.documents;

import java.time.Instant;

public record Document(String id, String title, String publisher, String author, String date, String url,
                       String language, String contentHash, String text, Instant ingestedAt) {
}
