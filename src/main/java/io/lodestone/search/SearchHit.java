package io.lodestone.search;

import java.util.List;

public record SearchHit(String id, String name, String type, List<String> aliases, double score) {
}
