package io.lodestone.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lodestone.documents.EntityDictionary.Match;
import io.lodestone.documents.Words.Word;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.springframework.stereotype.Component;

/**
 * Splits a document's text into sentences and finds the names in it: every entity of the graph
 * named by name or alias (through the {@link EntityDictionary}), abbreviations the text introduces
 * ("... Group (VNPT)"), and capitalised proper-noun phrases the graph does not know, with a guess
 * of their kind. All offsets point into the text as given.
 */
@Component
class TextAnalyzer {

    record Analysis(List<Sentence> sentences, List<Mention> mentions) {
    }

    private static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister", "deputy", "general", "secretary", "mr", "mrs", "ms", "dr",
            "chairman", "chairwoman", "chair", "ceo", "cfo", "commissioner", "ambassador", "director", "governor",
            "senator", "chancellor", "professor", "prof", "spokesman", "spokeswoman", "spokesperson", "chief",
            "executive", "mayor", "premier", "king", "queen", "sir", "envoy", "founder", "head", "lawmaker",
            "analyst", "officer", "manager", "representative");
    private static final Set<String> FIRST_NAMES = Set.of("john", "james", "michael", "david", "peter", "paul", "mark", "thomas", "robert", "william", "richard",
            "daniel", "maria", "anna", "sarah", "laura", "julia", "emma", "elena", "sophie", "claire", "marie",
            "jean", "pierre", "hans", "klaus", "stefan", "andreas", "jan", "piotr", "ursula", "kaja", "antonio",
            "jozef", "maros", "teresa", "christine", "olaf", "emmanuel", "giorgia", "pedro", "mette", "li", "wang",
            "zhang", "kim", "park", "lee", "takeshi", "hiroshi", "ahmed", "mohammed", "ali", "carlos", "jose",
            "luis", "ana", "helen", "susan", "linda", "karen", "nancy", "lisa");
    private static final Set<String> VIETNAMESE_SURNAMES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
            "duong", "ly", "dinh", "trinh", "luong", "mai", "truong");
    private static final Set<String> PLACE_WORDS = Set.of("province", "city", "island", "islands", "sea", "river", "district", "bay", "port", "region",
            "mountains", "valley", "peninsula", "strait", "delta", "county", "prefecture", "oblast", "highlands",
            "coast", "gulf", "lake", "village", "town", "commune");
    private static final Set<String> ORGANISATION_WORDS = Set.of("group", "company", "corporation", "corp", "ministry", "bank", "agency", "university", "institute",
            "council", "commission", "association", "authority", "fund", "ltd", "jsc", "inc", "gmbh", "ag", "plc",
            "llc", "holdings", "holding", "partners", "capital", "mining", "minerals", "resources", "energy",
            "technologies", "technology", "electronics", "telecom", "telecommunications", "industries", "industry",
            "office", "department", "board", "parliament", "party", "union", "committee", "organisation",
            "organization", "alliance", "bureau", "services", "ventures", "systems", "metals", "materials",
            "semiconductor", "semiconductors", "chemicals", "trading", "investment", "investments", "foundation",
            "exchange", "network", "networks", "airlines", "motors", "steel", "news", "times", "post", "posts",
            "forum", "court", "police", "army", "navy", "force", "forces");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "across", "throughout", "outside");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "&", "de", "du", "der", "van", "von", "la");
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mr", "mrs", "ms", "dr", "i", "we", "he", "she", "they", "it", "the", "a", "an", "this", "that", "these",
            "those", "its", "their", "our", "his", "her", "today", "yesterday", "tomorrow");
    /** An abbreviation in brackets right after a name: "Vietnam Posts and Telecommunications Group (VNPT)". */
    private static final Pattern INTRODUCED = Pattern.compile("[ \\u00a0]{0,2}\\(([A-Z][A-Za-z0-9&-]{1,11})\\)");
    private static final int MAX_GAP = 3;

    private final LanguageModels models;

    TextAnalyzer(LanguageModels models) {
        this.models = models;
    }

    Analysis analyse(String text, EntityDictionary dictionary) {
        SentenceDetectorME sentenceDetector = models.sentenceDetector();
        TokenizerME tokenizer = models.tokenizer();
        POSTaggerME tagger = models.tagger();
        List<Sentence> sentences = sentences(text, sentenceDetector);
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Mention> known = new ArrayList<>(knownNames(text, sentence, dictionary));
            List<Mention> names = new ArrayList<>(newNames(text, sentence, known, tokenizer, tagger));
            absorbPlaceNames(text, known, names);
            mentions.addAll(known);
            mentions.addAll(names);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Analysis(sentences, introducedAbbreviations(text, sentences, mentions));
    }

    /**
     * Sentences within each paragraph (paragraphs are separated by a blank line): a heading never runs
     * into the text after it, and a hard-wrapped paragraph of plain text is still read as sentences.
     */
    private static List<Sentence> sentences(String text, SentenceDetectorME detector) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf("\n\n", lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : detector.sentPosDetect(line)) {
                    int start = lineStart + span.getStart();
                    int end = lineStart + span.getEnd();
                    while (start < end && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                        end--;
                    }
                    if (end > start) {
                        sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
                    }
                }
            }
            lineStart = lineEnd + 2;
        }
        return joinFalseBreaks(text, sentences);
    }

    /**
     * The sentence model ends sentences after some abbreviations ("Intel Corp. and Samsung..."): a
     * sentence that starts in lower case, or follows a title such as "Mr.", continues the one before.
     */
    private static List<Sentence> joinFalseBreaks(String text, List<Sentence> sentences) {
        List<Sentence> joined = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            Sentence previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean sameParagraph = previous != null && text.substring(previous.end(), sentence.start()).indexOf("\n\n") < 0;
            if (sameParagraph && (Character.isLowerCase(sentence.text().codePointAt(0)) || endsWithTitle(previous.text()))) {
                joined.set(joined.size() - 1, new Sentence(previous.index(), previous.start(), sentence.end(),
                        text.substring(previous.start(), sentence.end())));
            } else {
                joined.add(new Sentence(joined.size(), sentence.start(), sentence.end(), sentence.text()));
            }
        }
        return joined;
    }

    private static boolean endsWithTitle(String sentence) {
        int space = sentence.lastIndexOf(' ');
        String last = sentence.substring(space + 1).toLowerCase(Locale.ROOT);
        return last.endsWith(".") && TITLES.contains(last.substring(0, last.length() - 1));
    }

    private static List<Mention> knownNames(String text, Sentence sentence, EntityDictionary dictionary) {
        List<Word> words = Words.of(text, sentence.start(), sentence.end());
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match match = dictionary.longestAt(words, i);
            if (match == null || (i == 0 && isCapitalisedWord(words.get(0), match))) {
                i++;
                continue;
            }
            int to = match.to();
            // "Vietnam Rare Earth" also takes the legal form the text writes after it: "... Company", "... JSC"
            while (to < words.size() && isLegalForm(words.get(to)) && gap(text, words.get(to - 1), words.get(to))) {
                to++;
            }
            int start = words.get(match.from()).start();
            int end = words.get(to - 1).end();
            mentions.add(new Mention(text.substring(start, end), start, end, sentence.index(), match.entity(), null));
            i = to;
        }
        return mentions;
    }

    /**
     * "Vietnam Institute of Geosciences": an organisation the graph does not know, whose name starts
     * with a country or place it knows, is one name, not a country and an institute.
     */
    private static void absorbPlaceNames(String text, List<Mention> known, List<Mention> names) {
        for (int i = 0; i < names.size(); i++) {
            Mention name = names.get(i);
            if (!Mention.ORGANISATION.equals(name.proposedKind())) {
                continue;
            }
            for (Mention place : known) {
                if (place.end() + 1 == name.start() && text.charAt(place.end()) == ' '
                        && ("Country".equals(place.entity().type()) || "Region".equals(place.entity().type()))) {
                    known.remove(place);
                    names.set(i, new Mention(text.substring(place.start(), name.end()), place.start(), name.end(),
                            name.sentence(), null, Mention.ORGANISATION));
                    break;
                }
            }
        }
    }

    /**
     * "In addition", "As part of": a sentence's first word is capitalised whatever it is, so there a
     * name of two letters written as a word ("In" for indium, "As" for arsenic) is that word.
     */
    private static boolean isCapitalisedWord(Word first, Match match) {
        String plain = first.plain();
        return match.to() - match.from() == 1 && plain.length() <= 2 && !plain.equals(plain.toUpperCase(Locale.ROOT));
    }

    private static boolean isLegalForm(Word word) {
        return EntityDictionary.LEGAL_FORMS.contains(word.key()) && Character.isUpperCase(word.plain().charAt(0));
    }

    private static boolean gap(String text, Word before, Word after) {
        if (after.start() - before.end() > MAX_GAP) {
            return false;
        }
        for (int i = before.end(); i < after.start(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != ',' && c != '.' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** Runs of capitalised proper nouns (with "of", "and"... inside) that no known name covers. */
    private static List<Mention> newNames(String text, Sentence sentence, List<Mention> known, TokenizerME tokenizer,
                                          POSTaggerME tagger) {
        Span[] spans = tokenizer.tokenizePos(sentence.text());
        if (spans.length == 0) {
            return List.of();
        }
        String[] tokens = Span.spansToStrings(spans, sentence.text());
        String[] tags = tagger.tag(tokens);
        boolean headline = isHeadline(sentence.text(), tokens);
        List<Mention> names = new ArrayList<>();
        int runStart = -1;
        for (int k = 0; k <= tokens.length; k++) {
            boolean nameLike = k < tokens.length && isNameLike(tokens, tags, k)
                    && !overlaps(known, sentence.start() + spans[k].getStart(), sentence.start() + spans[k].getEnd());
            boolean connector = k < tokens.length && runStart >= 0 && CONNECTORS.contains(tokens[k])
                    && k + 1 < tokens.length && isNameLike(tokens, tags, k + 1);
            if (nameLike || connector) {
                if (runStart < 0) {
                    runStart = k;
                }
                continue;
            }
            if (runStart >= 0) {
                Mention name = name(text, sentence, spans, tokens, tags, runStart, k);
                boolean byline = runStart > 0 && tokens[runStart - 1].equals("By");
                if (name != null && (!headline || byline)) {
                    names.add(name);
                }
                runStart = -1;
            }
        }
        return names;
    }

    /**
     * A title-case line without a sentence's closing punctuation (a headline, a photo credit, a list of
     * links): nearly every word is capitalised, so capitals do not mark names there and it proposes no
     * new ones (the graph's names are still found in it).
     */
    private static boolean isHeadline(String sentence, String[] tokens) {
        if (sentence.matches("(?s).*[.!?][\"'’”)]*")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String token : tokens) {
            if (token.length() >= 4 && Character.isLetter(token.codePointAt(0))) {
                words++;
                capitalised += Character.isUpperCase(token.codePointAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised >= 0.8 * words;
    }

    private static boolean isNameLike(String[] tokens, String[] tags, int k) {
        String token = tokens[k];
        if (!Character.isUpperCase(token.codePointAt(0)) || NOT_NAMES.contains(token.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // A sentence starts with a capital whatever the word; there only a proper noun counts. Elsewhere a
        // capital marks a name whatever the tagger says of the word ("talked to Hoang Lien ...").
        return "PROPN".equals(tags[k]) || (k > 0 && !"PRON".equals(tags[k]) && !"PUNCT".equals(tags[k]));
    }

    private static Mention name(String text, Sentence sentence, Span[] spans, String[] tokens, String[] tags,
                                int from, int to) {
        while (to > from && CONNECTORS.contains(tokens[to - 1])) {
            to--;
        }
        boolean titled = from > 0 && (TITLES.contains(tokens[from - 1].toLowerCase(Locale.ROOT))
                || (from == 1 && tokens[0].equals("By")));
        while (from < to - 1 && TITLES.contains(tokens[from].toLowerCase(Locale.ROOT))) {
            from++;
            titled = true;
        }
        if (TITLES.contains(tokens[from].toLowerCase(Locale.ROOT)) && to - from == 1) {
            return null;
        }
        boolean proper = false;
        for (int k = from; k < to; k++) {
            proper |= "PROPN".equals(tags[k]);
        }
        if (!proper) {
            return null;
        }
        int start = sentence.start() + spans[from].getStart();
        int end = sentence.start() + spans[to - 1].getEnd();
        if (end - start < 2) {
            return null;
        }
        String kind = kind(tokens, from, to, titled);
        return new Mention(text.substring(start, end), start, end, sentence.index(), null, kind);
    }

    private static String kind(String[] tokens, int from, int to, boolean titled) {
        boolean organisation = false;
        for (int k = from; k < to; k++) {
            organisation |= ORGANISATION_WORDS.contains(Words.plain(tokens[k]).toLowerCase(Locale.ROOT));
        }
        if (organisation) {
            return Mention.ORGANISATION;
        }
        String first = Words.plain(tokens[from]).toLowerCase(Locale.ROOT);
        String last = Words.plain(tokens[to - 1]).toLowerCase(Locale.ROOT);
        if (PLACE_WORDS.contains(last)) {
            return Mention.PLACE;
        }
        int length = to - from;
        if (titled || (length >= 2 && length <= 4 && (FIRST_NAMES.contains(first) || VIETNAMESE_SURNAMES.contains(first)
                || VIETNAMESE_SURNAMES.contains(last)))) {
            return Mention.PERSON;
        }
        if (from > 0 && PLACE_PREPOSITIONS.contains(tokens[from - 1].toLowerCase(Locale.ROOT)) && length <= 3) {
            return Mention.PLACE;
        }
        return Mention.ORGANISATION;
    }

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        for (Mention mention : mentions) {
            if (mention.start() < end && start < mention.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Vietnam Posts and Telecommunications Group (VNPT)": the abbreviation names what the name before
     * it names, there and wherever the text uses it later. When the graph knows the abbreviation but not
     * the long name, the long name is that entity too.
     */
    private static List<Mention> introducedAbbreviations(String text, List<Sentence> sentences, List<Mention> mentions) {
        Map<String, Mention> introduced = new HashMap<>();
        Map<String, Integer> from = new HashMap<>();
        List<Mention> result = new ArrayList<>(mentions);
        for (int i = 0; i < result.size(); i++) {
            Mention name = result.get(i);
            Matcher matcher = INTRODUCED.matcher(text).region(name.end(), Math.min(text.length(), name.end() + 16));
            if (!matcher.lookingAt() || countUpper(matcher.group(1)) < 2 || introduced.containsKey(matcher.group(1))) {
                continue;
            }
            String abbreviation = matcher.group(1);
            Mention atAbbreviation = at(result, matcher.start(1), matcher.end(1));
            if (atAbbreviation != null && atAbbreviation.entity() != null && name.entity() == null) {
                name = new Mention(name.text(), name.start(), name.end(), name.sentence(), atAbbreviation.entity(), null);
                result.set(i, name);
            }
            introduced.put(abbreviation, name);
            from.put(abbreviation, name.end());
        }
        if (introduced.isEmpty()) {
            return result;
        }
        for (Word word : Words.of(text)) {
            Mention name = introduced.get(word.plain());
            if (name == null || word.start() < from.get(word.plain())
                    || !text.substring(word.start(), word.end()).equals(word.plain())) {
                continue;
            }
            Mention existing = at(result, word.start(), word.end());
            if (existing != null && existing.entity() != null) {
                continue;
            }
            if (existing != null) {
                result.remove(existing);
            } else if (overlaps(result, word.start(), word.end())) {
                continue;
            }
            result.add(new Mention(word.plain(), word.start(), word.end(), sentenceAt(sentences, word.start()),
                    name.entity(), name.proposedKind()));
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }

    private static long countUpper(String text) {
        return text.chars().filter(Character::isUpperCase).count();
    }

    private static Mention at(List<Mention> mentions, int start, int end) {
        for (Mention mention : mentions) {
            if (mention.start() == start && mention.end() == end) {
                return mention;
            }
        }
        return null;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (sentences.get(middle).start() <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return sentences.isEmpty() ? 0 : sentences.get(low).index();
    }
}
