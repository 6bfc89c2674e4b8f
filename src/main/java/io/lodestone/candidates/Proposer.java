package io.lodestone.candidates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.lodestone.documents.Document;
import io.lodestone.documents.Mention;
import io.lodestone.documents.Sentence;

/**
 * Proposes facts from the sentences of a document that mention two or more entities. For each
 * pair of entities in a sentence it weighs the relationship types whose kinds fit the pair (either
 * way round) by the curated facts most similar to the sentence and by the type's trigger words,
 * and proposes the best one, or an open type when none is convincing. Deterministic: the same
 * document, mentions and curated facts give the same candidates with the same ids.
 */
final class Proposer {

    /** At most this many pairs a sentence (the closest ones): a list of twenty names is not twenty facts. */
    static final int MAX_PAIRS_PER_SENTENCE = 40;
    static final int MAX_EVIDENCE = 300;
    private static final int HITS = 25;
    /** BM25 scores are unbounded: score / (score + SCALE) maps them to 0..1. */
    private static final double SCALE = 8.0;
    private static final double TRIGGER_WEIGHT = 0.2;
    private static final double NAME_WEIGHT = 0.3;
    private static final double MIN_TYPED_SCORE = 0.3;

    /** What separates the names of a list: "X, Y and Z", "X, Y, or Z" (quotes and "the" allowed). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("['’\"”“]?\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)(?:the\\s+)?['’\"“”]?");
    /** Kinds whose names, inside another name, pair with it ("EU-Vietnam FTA"). */
    private static final Set<String> INNER_KINDS = Set.of("country", "bloc", "firm", "institution");

    private final EvidenceIndex index;
    private final List<RelationshipRule> rules;
    /** Agreements, policies and projects by id with their names, to resolve descriptions ("the joint statement"). */
    private final Map<String, List<String>> described;
    /** Status ids and the words that state them, name and aliases ("in force", "entered into force"). */
    private final Map<String, Pattern> statuses;

    Proposer(EvidenceIndex index, List<RelationshipRule> rules, Map<String, List<String>> statuses,
             Map<String, List<String>> described) {
        this.index = index;
        this.described = new TreeMap<>(described);
        this.rules = List.copyOf(rules);
        Map<String, Pattern> words = new TreeMap<>();
        statuses.forEach((id, names) -> words.put(id, Pattern.compile(names.stream()
                .map(name -> "\\b" + Pattern.quote(name).replace(" ", "\\E[\\s-]+\\Q") + "\\b")
                .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE)));
        this.statuses = words;
    }

    List<Proposal> propose(Document document, List<Sentence> sentences, List<Mention> mentions) {
        Map<Integer, List<Mention>> bySentence = mentions.stream()
                .collect(Collectors.groupingBy(Mention::sentence, LinkedHashMap::new, Collectors.toList()));
        Map<String, Proposal> best = new LinkedHashMap<>();
        Discourse discourse = new Discourse(document.text(), mentions, described);
        Map<String, End> actors = actorNames(document.text(), mentions);
        for (Sentence sentence : sentences) {
            List<End> named = ends(bySentence.getOrDefault(sentence.index(), List.of()));
            List<End> ends = new ArrayList<>(named);
            ends.addAll(discourse.resolve(sentence, named));
            List<End[]> pairs = new ArrayList<>();
            List<End> statusWords = new ArrayList<>();
            for (End word : statusWords(sentence, ends)) {
                End holder = ends.stream().filter(e -> e.start() <= word.start() && word.end() <= e.end()).findFirst().orElse(null);
                if (holder == null) {
                    statusWords.add(word);
                } else if (holder.id() != null && canHaveStatus(holder)) {
                    // "the draft joint statement": the status word is part of the description of what has it
                    pairs.add(new End[] {holder, new End(word.id(), word.name(), word.kinds(), word.start(), word.end(),
                            "\"" + word.name() + "\" is said of " + holder.name() + " in its description")});
                }
            }
            ends.addAll(statusWords);
            pairs.addAll(innerNames(document.text(), named, actors));
            pairs.addAll(pairs(ends, siblings(sentence, ends)));
            for (End[] pair : pairs.subList(0, Math.min(pairs.size(), MAX_PAIRS_PER_SENTENCE))) {
                Proposal proposal = propose(document, sentence, ends, pair[0], pair[1]);
                if (proposal == null) {
                    continue;
                }
                // One candidate per pair and type in a document: the sentence that supports it best.
                String key = pairKey(proposal);
                Proposal kept = best.get(key);
                if (kept == null || proposal.confidence() > kept.confidence()) {
                    best.put(key, proposal);
                }
            }
        }
        List<Proposal> proposals = new ArrayList<>(best.values());
        proposals.sort(Comparator.comparingInt(Proposal::evidenceStart).thenComparing(Proposal::id));
        return proposals;
    }

    /** The actors (countries, blocs, firms, institutions) the document names, by the text that names them ("Vietnam"). */
    private static Map<String, End> actorNames(String text, List<Mention> mentions) {
        Map<String, End> actors = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            End end = End.of(mention);
            if (end.id() != null && INNER_KINDS.containsAll(end.kinds())) {
                actors.putIfAbsent(text.substring(mention.start(), mention.end()), end);
            }
        }
        return actors;
    }

    /**
     * "an EU-Vietnam free trade agreement", "Vietnam's ruling Communist Party": a name that holds the
     * name of an actor the document names elsewhere pairs with that actor (a party, a country).
     */
    private static List<End[]> innerNames(String text, List<End> named, Map<String, End> actors) {
        List<End[]> pairs = new ArrayList<>();
        for (End outer : named) {
            if (outer.id() == null) {
                continue;
            }
            String name = text.substring(outer.start(), outer.end());
            for (Map.Entry<String, End> actor : actors.entrySet()) {
                if (actor.getKey().length() >= name.length() || actor.getValue().id().equals(outer.id())
                        || named.stream().anyMatch(e -> actor.getValue().id().equals(e.id()))) {
                    continue;
                }
                Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(actor.getKey()) + "(?![\\p{L}\\p{N}])")
                        .matcher(name);
                if (matcher.find()) {
                    End inner = actor.getValue();
                    pairs.add(new End[] {outer, new End(inner.id(), inner.name(), inner.kinds(), outer.start() + matcher.start(),
                            outer.start() + matcher.end(), "\"" + actor.getKey() + "\" is part of the name \"" + name + "\"")});
                }
            }
        }
        return pairs;
    }

    private boolean canHaveStatus(End end) {
        return rules.stream().anyMatch(rule -> rule.endKinds().contains("status") && rule.startKinds().containsAll(end.kinds()));
    }

    /** Status words ("draft", "in force") of a sentence that also names something that can have a status. */
    private List<End> statusWords(Sentence sentence, List<End> ends) {
        Set<String> statusStarts = rules.stream().filter(rule -> rule.endKinds().contains("status"))
                .flatMap(rule -> rule.startKinds().stream()).collect(Collectors.toSet());
        if (ends.stream().noneMatch(end -> end.kinds().stream().anyMatch(statusStarts::contains))) {
            return List.of();
        }
        List<End> words = new ArrayList<>();
        statuses.forEach((id, pattern) -> {
            Matcher matcher = pattern.matcher(sentence.text());
            if (matcher.find()) {
                int start = sentence.start() + matcher.start();
                int end = sentence.start() + matcher.end();
                words.add(new End(id, matcher.group(), Set.of("status"), start, end, null));
            }
        });
        return words;
    }

    /** The distinct entities a sentence names, each at its first mention. */
    private static List<End> ends(List<Mention> mentions) {
        Map<String, End> ends = new LinkedHashMap<>();
        mentions.stream().sorted(Comparator.comparingInt(Mention::start)).forEach(mention -> {
            End end = End.of(mention);
            ends.putIfAbsent(end.key(), end);
        });
        return new ArrayList<>(ends.values());
    }

    /**
     * Ends listed together, three or more with only commas and "and"/"or" between them ("the United
     * States, China and Russia", "bismuth, fluorspar, antimony, and manganese"): each gets the index
     * of its list; such siblings share a role in the sentence and are not a fact with each other.
     */
    private static Map<End, Integer> siblings(Sentence sentence, List<End> ends) {
        List<End> sorted = ends.stream().filter(e -> e.end() > e.start()).sorted(Comparator.comparingInt(End::start)).toList();
        Map<End, Integer> lists = new HashMap<>();
        int from = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            boolean joined = i < sorted.size() && sorted.get(i - 1).end() <= sorted.get(i).start() && LIST_SEPARATOR.matcher(
                    sentence.text().substring(sorted.get(i - 1).end() - sentence.start(), sorted.get(i).start() - sentence.start())).matches();
            if (!joined) {
                if (i - from >= 3) {
                    for (End end : sorted.subList(from, i)) {
                        lists.put(end, from);
                    }
                }
                from = i;
            }
        }
        return lists;
    }

    private static List<End[]> pairs(List<End> ends, Map<End, Integer> siblings) {
        List<End[]> pairs = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            for (int j = i + 1; j < ends.size(); j++) {
                End a = ends.get(i);
                End b = ends.get(j);
                boolean listed = siblings.containsKey(a) && siblings.get(a).equals(siblings.get(b));
                if (!listed && (a.end() <= b.start() || b.end() <= a.start())) {
                    pairs.add(a.start() < b.start() ? new End[] {a, b} : new End[] {b, a});
                }
            }
        }
        pairs.sort(Comparator.comparingInt((End[] pair) -> pair[1].start() - pair[0].end())
                .thenComparingInt(pair -> pair[0].start()));
        return pairs;
    }

    private Proposal propose(Document document, Sentence sentence, List<End> ends, End first, End second) {
        List<RelationshipRule> forward = rules.stream().filter(rule -> rule.allows(first.kinds(), second.kinds())).toList();
        List<RelationshipRule> backward = rules.stream().filter(rule -> rule.allows(second.kinds(), first.kinds())).toList();
        boolean bothKnown = first.id() != null && second.id() != null;
        if (forward.isEmpty() && backward.isEmpty() && bothKnown) {
            return null;
        }
        String text = sentence.text();
        int base = sentence.start();
        List<EvidenceIndex.Token> tokens = index.tokens(text);
        List<int[]> names = ends.stream().map(end -> new int[] {end.start() - base, end.end() - base}).toList();
        List<EvidenceIndex.Hit> hits = index.similar(tokens, first.end() - base, second.start() - base, names,
                first.kinds(), second.kinds(), HITS);
        Set<String> stems = tokens.stream().map(EvidenceIndex.Token::stem).collect(Collectors.toSet());

        Option chosen = null;
        for (RelationshipRule rule : forward) {
            chosen = better(chosen, option(rule, first, second, hits, stems, tokens, text));
        }
        for (RelationshipRule rule : backward) {
            chosen = better(chosen, option(rule, second, first, hits, stems, tokens, text));
        }
        int from = Math.max(0, first.end() - base);
        String between = text.substring(Math.min(from, text.length()), Math.max(from, Math.min(text.length(), second.start() - base)));
        boolean passive = between.matches("(?is).*\\b(by|from)\\b.*");
        End start;
        End end;
        String type;
        double confidence;
        List<String> why = new ArrayList<>();
        if (chosen != null && chosen.score() >= MIN_TYPED_SCORE) {
            type = chosen.rule().type();
            boolean symmetric = chosen.rule().allows(second.kinds(), first.kinds()) && chosen.rule().allows(first.kinds(), second.kinds());
            if (symmetric) {
                boolean textOrder = index.startNamedFirst(type) >= 0.5;
                if (passive) {
                    textOrder = !textOrder;
                }
                start = textOrder ? first : second;
                end = textOrder ? second : first;
            } else {
                start = chosen.start();
                end = chosen.end();
            }
            confidence = Math.min(0.95, 0.2 + 0.6 * chosen.similarity() + 0.1 * Math.min(2, chosen.triggers().size()));
            if (!chosen.triggers().isEmpty()) {
                why.add("trigger words: " + String.join(", ", chosen.triggers()));
            }
            if (chosen.example() != null) {
                why.add("most similar curated fact " + chosen.example().id() + " (" + chosen.example().type() + "): \""
                        + shorten(chosen.example().evidence(), 160) + "\"");
            }
            if (symmetric) {
                why.add("direction from the order of the names" + (passive ? " (passive: by/from)" : ""));
            }
        } else {
            type = null;
            start = first;
            end = second;
            confidence = chosen == null ? 0.1 : Math.min(0.25, 0.1 + 0.3 * chosen.similarity());
            why.add("both named in one sentence; no relationship type fits well enough: the reviewer chooses");
            if (chosen != null && chosen.example() != null) {
                why.add("closest curated fact " + chosen.example().id() + " (" + chosen.example().type() + ")");
            }
        }
        for (End resolved : new End[] {first, second}) {
            if (resolved.via() != null) {
                why.add(resolved.name() + ": " + resolved.via());
            }
        }
        int[] excerpt = excerpt(sentence, first, second);
        String evidence = document.text().substring(excerpt[0], excerpt[1]);
        Quantities.Reading quantity = Quantities.read(evidence);
        String date = DateResolver.resolve(evidence, document.date());
        String id = "candidate:" + hash(document.id() + "|" + start.key() + "|" + end.key() + "|" + type);
        return new Proposal(id, document.id(), sentence.index(), type, start, end, evidence, excerpt[0], excerpt[1], date,
                quantity.amount(), quantity.unit(), quantity.share(), quantity.valueText(),
                Math.round(confidence * 100) / 100.0, String.join("; ", why));
    }

    private Option option(RelationshipRule rule, End start, End end, List<EvidenceIndex.Hit> hits, Set<String> stems,
                          List<EvidenceIndex.Token> tokens, String text) {
        EvidenceIndex.Hit example = null;
        for (EvidenceIndex.Hit hit : hits) {
            CuratedFact fact = hit.fact();
            if (fact.type().equals(rule.type()) && start.kinds().contains(fact.startKind()) && end.kinds().contains(fact.endKind())) {
                example = hit;
                break;
            }
        }
        Set<String> triggerStems = index.triggers(rule.type());
        Set<String> triggers = new TreeSet<>();
        for (EvidenceIndex.Token token : tokens) {
            if (triggerStems.contains(token.stem()) && stems.contains(token.stem())) {
                triggers.add(text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT));
            }
        }
        // The type's own name is a trigger too ("exported" for EXPORTS), weighed by how much of it the sentence says:
        // "exported" says all of EXPORTS but only half of RESTRICTS_EXPORT_OF.
        List<String> nameStems = index.tokens(rule.type().replace('_', ' ').toLowerCase(Locale.ROOT)).stream()
                .map(EvidenceIndex.Token::stem).toList();
        long named = nameStems.stream().filter(stems::contains).count();
        for (EvidenceIndex.Token token : tokens) {
            if (nameStems.contains(token.stem())) {
                triggers.add(text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT));
            }
        }
        double nameShare = nameStems.isEmpty() ? 0 : (double) named / nameStems.size();
        double similarity = example == null ? 0 : example.score() / (example.score() + SCALE);
        double score = similarity + TRIGGER_WEIGHT * Math.min(3, triggers.size()) + NAME_WEIGHT * nameShare;
        return new Option(rule, start, end, example == null ? null : example.fact(), similarity, triggers, score);
    }

    private static Option better(Option a, Option b) {
        if (a == null) {
            return b;
        }
        if (b.score() != a.score()) {
            return b.score() > a.score() ? b : a;
        }
        return b.rule().type().compareTo(a.rule().type()) < 0 ? b : a;
    }

    /** The sentence, or when it is longer than an import file's evidence allows, a window around the pair. */
    private static int[] excerpt(Sentence sentence, End first, End second) {
        int from = sentence.start();
        int to = sentence.end();
        if (to - from <= MAX_EVIDENCE) {
            return new int[] {from, to};
        }
        int left = Math.min(first.start(), second.start());
        int right = Math.max(first.end(), second.end());
        int room = MAX_EVIDENCE - (right - left);
        if (room <= 0) {
            return new int[] {left, left + MAX_EVIDENCE};
        }
        int start = Math.max(from, left - room / 2);
        int end = Math.min(to, start + MAX_EVIDENCE);
        start = Math.max(from, end - MAX_EVIDENCE);
        // Cut at word boundaries inside the window.
        String text = sentence.text();
        int s = start - from;
        while (s > 0 && s < left - from && !Character.isWhitespace(text.charAt(s - 1))) {
            s++;
        }
        int e = end - from;
        while (e < text.length() && e > right - from && !Character.isWhitespace(text.charAt(e))) {
            e--;
        }
        return new int[] {from + s, from + e};
    }

    private static String pairKey(Proposal proposal) {
        String a = proposal.start().key();
        String b = proposal.end().key();
        return (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a) + "|" + proposal.type();
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private record Option(RelationshipRule rule, End start, End end, CuratedFact example, double similarity,
                          Set<String> triggers, double score) {
    }

    /**
     * One end of a proposal: a known entity (id, name, kind) or a name the graph does not know yet
     * (id null, the kinds it may have), at its first mention in the sentence; {@code via} says how
     * an end the sentence does not name was found (a reference, the subject carried over), null when named.
     */
    record End(String id, String name, Set<String> kinds, int start, int end, String via) {

        static End of(Mention mention) {
            if (mention.entity() != null && mention.entity().id() != null) {
                String kind = Kinds.of(mention.entity().id());
                return new End(mention.entity().id(), mention.entity().name(),
                        kind == null ? Set.of() : Set.of(kind), mention.start(), mention.end(), null);
            }
            return new End(null, mention.text(), Kinds.proposed(mention.proposedKind()), mention.start(), mention.end(), null);
        }

        String key() {
            return id != null ? id : "new:" + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }

        /** The kind of a known entity, or the likeliest kind of a proposed one. */
        String kind() {
            return kinds.isEmpty() ? null : id != null ? kinds.iterator().next() : Kinds.likely(kinds);
        }
    }
}
