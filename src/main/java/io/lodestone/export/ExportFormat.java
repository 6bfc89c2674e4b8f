package io.lodestone.export;

/** The formats of GET /api/export. */
enum ExportFormat {
    CSV("application/zip", "zip"),
    GRAPHML("application/graphml+xml", "graphml"),
    JSON("application/json", "json"),
    /** FollowTheMoney entities, one JSON object a line (docs/ftm.md). */
    FTM("application/x-ndjson", "ftm.json");

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }
}
