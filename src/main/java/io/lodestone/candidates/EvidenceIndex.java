package io.lodestone.candidates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The curated facts' evidence sentences in an in-memory Lucene index (English stemming and stop
 * words, BM25), and the trigger words of each relationship type learnt from them: a word is a
 * trigger of a type when at least two of its facts use it and most facts that use it are of
 * that type ("produces" for PRODUCES, "imports" for IMPORTS_FROM). Immutable once built.
 */
final class EvidenceIndex {

    private static final int MIN_TRIGGER_FACTS = 2;
    private static final double MIN_TRIGGER_PRECISION = 0.5;
    private static final String TEXT = "text";
    private static final float FOCUS_BOOST = 2f;
    private static final float NAME_BOOST = 0.5f;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;
    private final List<CuratedFact> facts;
    private final Map<String, Set<String>> triggers;
    private final Map<String, Double> startNamedFirst;

    private EvidenceIndex(List<CuratedFact> facts) {
        this.facts = List.copyOf(facts);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < facts.size(); i++) {
                CuratedFact fact = facts.get(i);
                org.apache.lucene.document.Document document = new org.apache.lucene.document.Document();
                document.add(new StoredField("ordinal", i));
                document.add(new StringField("startKind", fact.startKind(), Field.Store.NO));
                document.add(new StringField("endKind", fact.endKind(), Field.Store.NO));
                document.add(new TextField(TEXT, fact.evidence(), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.triggers = learnTriggers();
        this.startNamedFirst = learnOrder();
    }

    static EvidenceIndex of(List<CuratedFact> facts) {
        return new EvidenceIndex(facts);
    }

    int size() {
        return facts.size();
    }

    /** One analysed word of a text: its stem and where the word is. */
    record Token(String stem, int start, int end) {
    }

    /** A curated fact similar to a sentence, with Lucene's score. */
    record Hit(CuratedFact fact, float score) {
    }

    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The curated facts most similar to a sentence among those whose kinds fit the pair, either way round.
     *
     * @param focusStart words from here to focusEnd (between the two mentions) weigh more
     * @param names      spans of the sentence that are entity names: they weigh less than the wording
     */
    List<Hit> similar(List<Token> sentence, int focusStart, int focusEnd, List<int[]> names,
                      Set<String> kindsA, Set<String> kindsB, int limit) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        for (Token token : sentence) {
            if (!seen.add(token.stem())) {
                continue;
            }
            Query query = new TermQuery(new Term(TEXT, token.stem()));
            boolean name = names.stream().anyMatch(span -> token.start() >= span[0] && token.end() <= span[1]);
            if (name) {
                query = new BoostQuery(query, NAME_BOOST);
            } else if (token.start() >= focusStart && token.end() <= focusEnd) {
                query = new BoostQuery(query, FOCUS_BOOST);
            }
            words.add(query, Occur.SHOULD);
        }
        if (seen.isEmpty()) {
            return List.of();
        }
        Query kinds = new BooleanQuery.Builder()
                .add(kindPair(kindsA, kindsB), Occur.SHOULD)
                .add(kindPair(kindsB, kindsA), Occur.SHOULD)
                .build();
        Query query = new BooleanQuery.Builder().add(words.build(), Occur.MUST).add(kinds, Occur.FILTER).build();
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query, limit).scoreDocs) {
                int ordinal = searcher.storedFields().document(doc.doc).getField("ordinal").numericValue().intValue();
                hits.add(new Hit(facts.get(ordinal), doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> triggers(String type) {
        return triggers.getOrDefault(type, Set.of());
    }

    /** Share of the type's curated facts whose evidence names the start before the end (0.5 when unknown). */
    double startNamedFirst(String type) {
        return startNamedFirst.getOrDefault(type, 0.5);
    }

    private static Query kindPair(Set<String> start, Set<String> end) {
        BooleanQuery.Builder pair = new BooleanQuery.Builder();
        pair.add(kindQuery("startKind", start), Occur.FILTER);
        pair.add(kindQuery("endKind", end), Occur.FILTER);
        return pair.build();
    }

    private static Query kindQuery(String field, Set<String> kinds) {
        if (kinds.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        return new TermInSetQuery(field, kinds.stream().map(BytesRef::new).toList());
    }

    private Map<String, Set<String>> learnTriggers() {
        Map<String, Map<String, Integer>> perType = new HashMap<>();
        Map<String, Integer> overall = new HashMap<>();
        for (CuratedFact fact : facts) {
            Set<String> names = new HashSet<>();
            tokens(fact.startName() + " " + fact.endName()).forEach(token -> names.add(token.stem()));
            Set<String> words = new TreeSet<>();
            tokens(fact.evidence()).stream().map(Token::stem)
                    .filter(stem -> !names.contains(stem) && stem.chars().anyMatch(Character::isLetter))
                    .forEach(words::add);
            for (String word : words) {
                perType.computeIfAbsent(fact.type(), type -> new HashMap<>()).merge(word, 1, Integer::sum);
                overall.merge(word, 1, Integer::sum);
            }
        }
        Map<String, Set<String>> learnt = new HashMap<>();
        perType.forEach((type, counts) -> counts.forEach((word, count) -> {
            if (count >= MIN_TRIGGER_FACTS && count >= MIN_TRIGGER_PRECISION * overall.get(word)) {
                learnt.computeIfAbsent(type, t -> new TreeSet<>()).add(word);
            }
        }));
        return learnt;
    }

    private Map<String, Double> learnOrder() {
        Map<String, int[]> counts = new HashMap<>();
        for (CuratedFact fact : facts) {
            int start = position(fact.evidence(), fact.startName());
            int end = position(fact.evidence(), fact.endName());
            if (start >= 0 && end >= 0 && start != end) {
                int[] count = counts.computeIfAbsent(fact.type(), type -> new int[2]);
                count[start < end ? 0 : 1]++;
            }
        }
        Map<String, Double> shares = new HashMap<>();
        counts.forEach((type, count) -> shares.put(type, (count[0] + 1.0) / (count[0] + count[1] + 2.0)));
        return shares;
    }

    private static int position(String text, String name) {
        return name == null ? -1 : text.toLowerCase().indexOf(name.toLowerCase());
    }
}
