package io.lodestone.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.lodestone.graph.GraphReader;
import io.lodestone.graph.Vocabulary;
import io.lodestone.problem.InvalidParameterException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.springframework.stereotype.Service;

/** Finds entities by name or alias through the full-text index. */
@Service
public class EntitySearch {

    private final GraphReader reader;
    private final Vocabulary vocabulary;

    EntitySearch(GraphReader reader, Vocabulary vocabulary) {
        this.reader = reader;
        this.vocabulary = vocabulary;
    }

    /**
     * @param q    the text, checked: not blank, at most 200 characters
     * @param type a label the graph holds in any case, or null
     */
    public List<SearchHit> search(String q, String type, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("query", luceneQuery(q));
        parameters.put("text", q.strip());
        parameters.put("type", type == null || type.isBlank() ? null : vocabulary.label(type).orElse(type));
        parameters.put("limit", limit);
        return reader.read("search/entities.cypher", parameters).stream()
                .map(r -> new SearchHit(r.get("id").asString(), r.get("name").asString(),
                        r.get("type").asString(null), r.get("aliases").asList(v -> v.asString(), List.of()),
                        r.get("score").asDouble()))
                .toList();
    }

    /**
     * The whole input as a phrase ranks first, then all its words, then all words as prefixes.
     * Every word is escaped: the input is text to find, never Lucene syntax.
     */
    static String luceneQuery(String q) {
        List<String> words = Arrays.stream(fold(q).split("[\\s\\p{Punct}]+"))
                .filter(word -> !word.isBlank())
                .map(QueryParserBase::escape)
                .toList();
        if (words.isEmpty()) {
            throw new InvalidParameterException("q", "'q' must contain a letter or digit; was " + InvalidParameterException.quote(q) + ".");
        }
        String phrase = "\"" + String.join(" ", words) + "\"^4";
        String all = words.stream().collect(Collectors.joining(" AND ", "(", ")"));
        String prefixes = words.stream().map(word -> word + "*").collect(Collectors.joining(" AND ", "(", ")"));
        return phrase + " OR " + all + "^2 OR " + prefixes;
    }

    /** Folds accents and case the way the index's standard-folding analyzer does, for prefix terms. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
    }
}
