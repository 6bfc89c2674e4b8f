package io.lodestone.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.lodestone.documents.Words.Word;

/**
 * The names and aliases of the graph's entities as a trie over words, to find every one a text
 * names in one pass (longest match wins). A name is also entered without its legal form ("Vietnam
 * Rare Earth JSC" is found as "Vietnam Rare Earth") and without a leading "the". Matching is
 * case-, accent- and punctuation-insensitive, except for short names and acronyms ("EU", "Eu",
 * "US", "5G"), which must appear as written, so that "us" is not the United States.
 */
final class EntityDictionary {

    /** Words that end a company's name and may be left out or written otherwise ("Ltd." / "Limited"). */
    static final Set<String> LEGAL_FORMS = Set.of("jsc", "jsco", "ltd", "limited", "gmbh", "se", "ag", "inc",
            "incorporated", "corp", "corporation", "co", "company", "group", "plc", "llc", "sa", "nv", "bv", "spa",
            "ab", "asa", "oyj", "kk", "bhd", "pte", "holding", "holdings");

    /** One way of writing an entity's name. */
    record Entry(EntityRef entity, int rank, String exactForm) {
    }

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private final List<Entry> entries = new ArrayList<>(1);
    }

    /** An entity as the dictionary reads it from the graph. */
    record Named(EntityRef entity, List<String> aliases, boolean resource) {
    }

    private static final int NAME = 0;
    private static final int ALIAS = 1;
    private static final int NAME_WITHOUT_LEGAL_FORM = 2;
    private static final int ALIAS_WITHOUT_LEGAL_FORM = 3;

    private final Node root = new Node();
    private final int size;

    EntityDictionary(List<Named> entities) {
        int count = 0;
        for (Named named : entities) {
            count += add(named, named.entity().name(), NAME);
            for (String alias : named.aliases()) {
                count += add(named, alias, ALIAS);
            }
        }
        this.size = count;
        sortEntries(root);
    }

    /** How many ways of writing names it holds. */
    int size() {
        return size;
    }

    private int add(Named named, String name, int rank) {
        if (name == null || name.isBlank()) {
            return 0;
        }
        List<Word> words = new ArrayList<>(Words.of(name));
        if (!words.isEmpty() && words.get(0).key().equals("the") && words.size() > 1) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return 0;
        }
        // A single everyday word ("global", "draft") names a resource ("tungsten") but nothing else.
        if (words.size() == 1 && !named.resource() && words.get(0).plain().equals(words.get(0).key())
                && !words.get(0).key().chars().anyMatch(Character::isDigit)) {
            return 0;
        }
        int added = put(words, new Entry(named.entity(), rank, exactForm(words)));
        int end = words.size();
        while (end > 1 && LEGAL_FORMS.contains(words.get(end - 1).key())) {
            end--;
        }
        if (end < words.size()) {
            List<Word> stripped = words.subList(0, end);
            added += put(stripped, new Entry(named.entity(), rank + NAME_WITHOUT_LEGAL_FORM, exactForm(stripped)));
        }
        return added;
    }

    /** Acronyms and names of three letters or fewer must match as written; null when case does not matter. */
    private static String exactForm(List<Word> words) {
        String plain = plain(words, 0, words.size());
        long letters = plain.chars().filter(Character::isLetter).count();
        boolean acronym = letters >= 2 && plain.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return acronym || letters <= 3 ? plain : null;
    }

    private int put(List<Word> words, Entry entry) {
        Node node = root;
        for (Word word : words) {
            node = node.next.computeIfAbsent(word.key(), key -> new Node());
        }
        for (Entry existing : node.entries) {
            if (existing.entity().id().equals(entry.entity().id()) && Objects.equals(existing.exactForm(), entry.exactForm())) {
                return 0;
            }
        }
        node.entries.add(entry);
        return 1;
    }

    private static void sortEntries(Node node) {
        node.entries.sort(Comparator.comparingInt(Entry::rank).thenComparing(e -> e.entity().id()));
        node.next.values().forEach(EntityDictionary::sortEntries);
    }

    /** A match: words [from, to) name the entity. */
    record Match(int from, int to, EntityRef entity) {
    }

    /** The longest name that starts at word {@code from}, or null. */
    Match longestAt(List<Word> words, int from) {
        Node node = root;
        Match best = null;
        for (int i = from; i < words.size(); i++) {
            node = node.next.get(words.get(i).key());
            if (node == null) {
                break;
            }
            for (Entry entry : node.entries) {
                if (entry.exactForm() == null || entry.exactForm().equals(plain(words, from, i + 1))) {
                    best = new Match(from, i + 1, entry.entity());
                    break;
                }
            }
        }
        return best;
    }

    private static String plain(List<Word> words, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(' ');
            }
            out.append(words.get(i).plain());
        }
        return out.toString();
    }
}
