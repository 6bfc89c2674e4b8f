package io.lodestone.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.lodestone.candidates.Proposer.End;
import io.lodestone.documents.Mention;
import io.lodestone.documents.Sentence;

/**
 * What a document's sentences refer to without naming it, read sentence by sentence in text order
 * (one instance per document):
 * <ul>
 * <li><b>descriptions of agreements</b> ("the draft joint statement", "a corresponding declaration",
 * "a free trade agreement", "the draft", "the document"): first an agreement the document names
 * whose name fits the description (its head noun's family, then most words of the description),
 * the nearest one; for "the draft" and "the document", the agreement the document names most; then
 * the agreements of the graph whose names hold the description's words and words the document
 * uses; then, for "the ...", the agreement named last;</li>
 * <li><b>descriptions of other kinds</b> ("the Southeast Asian country", "the bloc", "the company"):
 * the entity of that kind named last;</li>
 * <li><b>the subject carried over</b>: a sentence that opens with "It", "Its", "They" or "Their",
 * or that names no actor (country, bloc, firm, institution, person, agreement, policy) but other
 * things (minerals, technologies ...), is about the subject of the sentence before it in the same
 * paragraph: the first actor that sentence named, referred to or carried.</li>
 * </ul>
 * Each end found so says in {@link End#via()} how it was resolved.
 */
final class Discourse {

    /** Kinds that are the subject of a sentence ("Vietnam produces ...", "The draft calls for ..."). */
    private static final Set<String> SUBJECTS = Set.of("country", "bloc", "firm", "institution", "person", "agreement", "policy");

    /** Words that refer back to an entity of a kind named before. */
    private static final Map<String, Pattern> REFERENCES = new TreeMap<>(Map.of(
            "country", Pattern.compile("\\b[Tt]he\\s+(?:[A-Z]?[a-z-]+\\s+){0,3}(?:country|nation)\\b"),
            "bloc", Pattern.compile("\\b[Tt]he\\s+(?:27-member\\s+)?(?:bloc|[Uu]nion)\\b"),
            "firm", Pattern.compile("\\b[Tt]he\\s+(?:company|firm|group|miner|operator)\\b")));

    /** Head nouns of agreement descriptions, by family: a declaration is a kind of statement, a pact a kind of agreement. */
    private static final Map<String, Set<String>> FAMILIES = Map.of(
            "statement", Set.of("statement", "declaration", "communique", "communiqué"),
            "agreement", Set.of("agreement", "pact", "accord", "deal", "treaty", "memorandum", "mou"));
    /** Heads that describe whatever agreement the report is about. */
    private static final Set<String> GENERIC = Set.of("draft", "document");
    private static final String NOT_MODIFIER = "(?!(?:the|a|an|and|or|of|to|in|on|for|with|by|as|at|its|their)\\b)";
    private static final Pattern DESCRIPTION = Pattern.compile("\\b([Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts)\\s+((?:" + NOT_MODIFIER
            + "[\\p{L}\\p{N}'’-]+\\s+){0,3})(statement|declaration|communiqu[eé]|agreement|pact|accord|deal|treaty|memorandum"
            + "|draft|document)\\b(?![-’'\\p{L}])(?!\\s+(?:law|bill|regulation|decree|budget|plan|strategy|resolution|report)\\b)");
    private static final Pattern PRONOUN = Pattern.compile("^(?:It|Its|They|Their)\\b");
    private static final Set<String> STOP = Set.of("the", "of", "on", "to", "and", "for", "in", "with", "a", "an");

    private final String text;
    /** Agreements of the graph by id with their name and aliases. */
    private final Map<String, List<String>> agreements;
    /** The agreements the document names: id → offsets of its mentions. */
    private final Map<String, List<Integer>> named = new LinkedHashMap<>();
    private final Map<String, End> lastOfKind = new HashMap<>();
    private End subject;
    private Sentence previous;

    Discourse(String text, List<Mention> mentions, Map<String, List<String>> described) {
        this.text = text;
        this.agreements = described.entrySet().stream().filter(e -> e.getKey().startsWith("agreement:"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        for (Mention mention : mentions) {
            if (mention.entity() != null && mention.entity().id() != null && mention.entity().id().startsWith("agreement:")) {
                named.computeIfAbsent(mention.entity().id(), id -> new ArrayList<>()).add(mention.start());
                agreements.putIfAbsent(mention.entity().id(), List.of(mention.entity().name()));
            }
        }
    }

    /** The ends a sentence refers to or is about without naming them; call for each sentence in text order. */
    List<End> resolve(Sentence sentence, List<End> ends) {
        boolean sameParagraph = previous != null && text.substring(previous.end(), sentence.start()).indexOf("\n\n") < 0;
        previous = sentence;
        if (!sameParagraph) {
            subject = null;
        }
        List<End> found = new ArrayList<>();
        List<End> all = new ArrayList<>(ends);
        description(sentence, all).ifPresent(end -> add(end, all, found));
        for (Map.Entry<String, Pattern> reference : REFERENCES.entrySet()) {
            Matcher matcher = reference.getValue().matcher(sentence.text());
            End antecedent = lastOfKind.get(reference.getKey());
            if (antecedent != null && matcher.find()) {
                add(at(antecedent, sentence.start() + matcher.start(), sentence.start() + matcher.end(),
                        "\"" + matcher.group() + "\" refers to the " + reference.getKey() + " named last"), all, found);
            }
        }
        Matcher pronoun = PRONOUN.matcher(sentence.text());
        boolean namesSubject = all.stream().anyMatch(end -> end.id() != null && SUBJECTS.containsAll(end.kinds()));
        if (subject != null && pronoun.find()) {
            add(at(subject, sentence.start(), sentence.start() + pronoun.end(),
                    "\"" + pronoun.group() + "\" refers to the subject of the sentence before"), all, found);
        } else if (subject != null && !namesSubject && !all.isEmpty()) {
            add(at(subject, sentence.start(), sentence.start(),
                    "the subject of the sentence before, carried over (this one names no actor)"), all, found);
        }
        remember(all);
        return found;
    }

    private void remember(List<End> ends) {
        End first = null;
        for (End end : ends) {
            if (end.id() == null) {
                continue;
            }
            if (end.via() == null) {
                lastOfKind.put(end.kind(), end);
            }
            if (SUBJECTS.containsAll(end.kinds()) && (first == null || end.start() < first.start())) {
                first = end;
            }
        }
        if (first != null) {
            subject = first;
        }
    }

    private static void add(End end, List<End> all, List<End> found) {
        boolean known = all.stream().anyMatch(e -> end.id().equals(e.id()));
        boolean overlaps = all.stream().anyMatch(e -> e.start() < end.end() && end.start() < e.end());
        if (!known && !overlaps) {
            all.add(end);
            found.add(end);
        }
    }

    private static End at(End entity, int start, int end, String via) {
        return new End(entity.id(), entity.name(), entity.kinds(), start, end, via);
    }

    /** The first description of an agreement in the sentence that is not itself a name and that resolves. */
    private Optional<End> description(Sentence sentence, List<End> ends) {
        Matcher matcher = DESCRIPTION.matcher(sentence.text());
        while (matcher.find()) {
            int start = sentence.start() + matcher.start();
            int end = sentence.start() + matcher.end();
            if (ends.stream().anyMatch(e -> e.start() < end && start < e.end())) {
                continue;
            }
            String determiner = matcher.group(1).toLowerCase(Locale.ROOT);
            List<String> modifiers = words(matcher.group(2));
            String head = matcher.group(3).toLowerCase(Locale.ROOT);
            Resolved resolved = resolve(determiner, modifiers, head, start);
            if (resolved != null) {
                return Optional.of(new End(resolved.id(), agreements.get(resolved.id()).get(0), Set.of("agreement"),
                        start, end, "\"" + matcher.group() + "\" refers to " + resolved.how()));
            }
        }
        return Optional.empty();
    }

    private record Resolved(String id, String how) {
    }

    private Resolved resolve(String determiner, List<String> modifiers, String head, int at) {
        boolean generic = GENERIC.contains(head);
        Set<String> family = FAMILIES.values().stream().filter(f -> f.contains(head)).findFirst().orElse(Set.of());
        // 1. an agreement the document names whose name fits the description
        String best = null;
        long[] bestKey = null;
        for (Map.Entry<String, List<Integer>> agreement : named.entrySet()) {
            List<String> names = agreements.get(agreement.getKey());
            if (!generic && names.stream().noneMatch(name -> words(name).stream().anyMatch(family::contains))) {
                continue;
            }
            long fit = names.stream().mapToLong(name -> modifiers.stream().filter(words(name)::contains).count()).max().orElse(0);
            int nearest = agreement.getValue().stream().mapToInt(o -> o < at ? at - o : o - at + text.length()).min().orElseThrow();
            // generic: the one named most; otherwise the nearest before (or else after) the description
            long[] key = generic ? new long[] {fit, agreement.getValue().size(), -nearest} : new long[] {fit, -nearest};
            if (bestKey == null || Arrays.compare(key, bestKey) > 0) {
                best = agreement.getKey();
                bestKey = key;
            }
        }
        if (best != null) {
            return new Resolved(best, generic ? "the agreement the document names most"
                    : "the " + (family.contains("statement") ? "statement" : "agreement") + " the document names nearest");
        }
        if (generic) {
            return null;
        }
        // 2. the graph's agreements whose names hold the description's words and words the document uses
        String lower = text.toLowerCase(Locale.ROOT);
        long bestScore = 0;
        boolean tie = false;
        long bestFit = 0;
        for (Map.Entry<String, List<String>> agreement : agreements.entrySet()) {
            for (String name : agreement.getValue()) {
                List<String> words = words(name);
                if (words.stream().noneMatch(family::contains)) {
                    continue;
                }
                long fit = modifiers.stream().filter(words::contains).count();
                long used = words.stream().filter(w -> !STOP.contains(w) && !family.contains(w) && !modifiers.contains(w)).distinct()
                        .filter(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(lower).find()).count();
                long score = 3 * fit + used;
                if (score > bestScore) {
                    best = agreement.getKey();
                    bestScore = score;
                    bestFit = fit;
                    tie = false;
                } else if (score == bestScore && score > 0 && !agreement.getKey().equals(best)) {
                    tie = true;
                }
            }
        }
        boolean definite = determiner.equals("the") || determiner.equals("this") || determiner.equals("that") || determiner.equals("its");
        if (best != null && !tie && (definite || bestFit > 0)) {
            return new Resolved(best, "the graph's agreement whose name holds the most of its words and of the words the document uses");
        }
        // 3. the agreement named last
        End last = lastOfKind.get("agreement");
        if (definite && last != null) {
            return new Resolved(last.id(), "the agreement named last");
        }
        return null;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
