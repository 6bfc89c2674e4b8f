package io.lodestone.review;

import java.util.List;
import java.util.Map;

/**
 * A merge of two entities found to be the same, as the merges file keeps it and the API answers it.
 *
 * @param from         the merged entity, gone from the files and the graph
 * @param into         the entity that stays
 * @param entity       the merged entity's row as its node file held it, so the merge can be undone by hand
 * @param aliases      the names the survivor gained as aliases (the merged entity's name and aliases)
 * @param moved        the ids of the facts that now start or end at the survivor or name it as their resource
 * @param dropped      the rows of relationships.csv dropped because they linked the two entities
 */
public record Merge(String from, String into, String who, String at, Map<String, String> entity,
                    List<String> aliases, List<String> moved, List<Map<String, String>> dropped) {
}
