package io.lodestone.documents;

/** An entity of the graph as a mention names it: its id, name and main label (Country, Firm...). */
public record EntityRef(String id, String name, String type) {
}
