package io.lodestone.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.lodestone.documents.DocumentSummary.Highlight;
import io.lodestone.documents.Words.Word;
import org.springframework.web.util.HtmlUtils;

/**
 * Cuts the part of a text around the first word a search matched, the way the full-text index
 * matched it: accent- and case-insensitive, whole words or word prefixes.
 */
final class Snippets {

    static final int CONTEXT = 100;

    record Snippet(int start, String text, List<Highlight> highlights, String html) {
    }

    private Snippets() {
    }

    static Snippet around(String text, Set<String> terms) {
        List<Word> words = Words.of(text);
        int first = -1;
        for (int i = 0; i < words.size() && first < 0; i++) {
            if (matches(words.get(i), terms)) {
                first = i;
            }
        }
        int center = first < 0 ? 0 : words.get(first).start();
        int start = Math.max(0, center - CONTEXT);
        int end = Math.min(text.length(), center + 2 * CONTEXT);
        // whole words only
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && start < center) {
            start++;
        }
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end > center) {
            end--;
        }
        List<Highlight> highlights = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        int shown = start;
        for (Word word : words) {
            if (word.start() < start || word.end() > end || !matches(word, terms)) {
                continue;
            }
            highlights.add(new Highlight(word.start() - start, word.end() - start));
            html.append(HtmlUtils.htmlEscape(text.substring(shown, word.start()))).append("<mark>")
                    .append(HtmlUtils.htmlEscape(text.substring(word.start(), word.end()))).append("</mark>");
            shown = word.end();
        }
        html.append(HtmlUtils.htmlEscape(text.substring(shown, end)));
        return new Snippet(start, text.substring(start, end), highlights, html.toString());
    }

    private static boolean matches(Word word, Set<String> terms) {
        for (String term : terms) {
            if (word.key().startsWith(term)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a query as the index folds them. */
    static Set<String> terms(String query) {
        Set<String> terms = new java.util.LinkedHashSet<>();
        for (Word word : Words.of(query)) {
            terms.add(word.key());
        }
        return terms;
    }
}
