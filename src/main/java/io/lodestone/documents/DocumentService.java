package io.lodestone.documents;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.lodestone.audit.AuditLog;
import io.lodestone.documents.TextAnalyzer.Analysis;
import io.lodestone.documents.TextExtractor.Extracted;
import io.lodestone.search.EntitySearch;
import io.lodestone.security.Editor;
import io.lodestone.problem.InvalidParameterException;
import io.lodestone.problem.NotFoundException;
import io.lodestone.request.EntityId;
import org.neo4j.driver.Record;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

/**
 * Ingests documents and answers questions about them. An ingest writes the files first (the source
 * of truth), then the graph, then the audit line, then tells the listeners ({@link DocumentIngested});
 * only then is it acknowledged. Ingests run one at a time, so the same content sent twice at once is
 * stored once.
 */
@Service
public class DocumentService {

    private static final int MAX_METADATA = 1000;
    private static final int MAX_TITLE_FROM_TEXT = 200;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    /** The metadata sent with a document, each value may be null. */
    public record Metadata(String title, String publisher, String author, String date, String url, String language) {
    }

    /** @param created false when the same content was already held */
    public record Ingested(DocumentSummary document, boolean created) {
    }

    private final DocumentFiles files;
    private final DocumentGraph graph;
    private final TextAnalyzer analyzer;
    private final MentionDictionary dictionary;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DocumentsProperties properties;
    private final Clock clock = Clock.systemUTC();

    DocumentService(DocumentFiles files, DocumentGraph graph, TextAnalyzer analyzer, MentionDictionary dictionary,
                    AuditLog audit, ApplicationEventPublisher events, DocumentsProperties properties) {
        this.files = files;
        this.graph = graph;
        this.analyzer = analyzer;
        this.dictionary = dictionary;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
    }

    public synchronized Ingested ingest(Editor editor, byte[] body, MediaType type, Metadata metadata) {
        Metadata checked = check(metadata);
        Extracted extracted = TextExtractor.extract(body, type);
        String text = extracted.text();
        if (text.length() > properties.maxTextSize()) {
            throw DocumentRejectedException.unprocessable("document-too-large", "Document too large",
                    "The document's text has " + text.length() + " characters; at most " + properties.maxTextSize()
                            + " are accepted (lodestone.documents.max-text-size).");
        }
        String hash = Hashes.sha256(text);
        String id = Hashes.id(hash);
        if (files.exists(id)) {
            Document existing = files.read(id);
            if (graph.document(id) == null) {
                graph.save(existing, analyzer.analyse(existing.text(), dictionary.get()).mentions());
            }
            return new Ingested(summary(id), false);
        }
        Analysis analysis = analyzer.analyse(text, dictionary.get());
        Document document = new Document(id,
                firstNonNull(checked.title(), extracted.title(), titleFromText(text)), checked.publisher(),
                checked.author(), checked.date(), checked.url(), firstNonNull(checked.language(), extracted.language()),
                hash, text, clock.instant());
        files.write(document, editor.name(), type.getType() + "/" + type.getSubtype());
        try {
            graph.save(document, analysis.mentions());
        } catch (RuntimeException e) {
            // not acknowledged: the files go too, so that files and graph stay as they were
            files.delete(id);
            throw e;
        }
        audit.append(editor.name(), "ingest", id, null, auditView(document, analysis));
        events.publishEvent(new DocumentIngested(document, analysis.sentences(), analysis.mentions()));
        return new Ingested(summary(id), true);
    }

    public DocumentPage list(String q, int from, int size) {
        if (q == null) {
            List<Record> records = graph.list(from, size);
            long total = records.isEmpty() ? graph.list(0, 1).stream().mapToLong(r -> r.get("total").asLong()).sum()
                    : records.get(0).get("total").asLong();
            return new DocumentPage(total, from, size, records.stream().map(r -> summary(r, null)).toList());
        }
        if (q.isBlank() || q.length() > EntityId.MAX_TEXT) {
            throw new InvalidParameterException("q", "'q' must hold 1 to " + EntityId.MAX_TEXT
                    + " characters: the words to find in the documents' text; was " + InvalidParameterException.quote(q) + ".");
        }
        String query = EntitySearch.luceneQuery(q);
        Set<String> terms = Snippets.terms(q);
        return new DocumentPage(null, from, size, graph.search(query, from, size).stream()
                .map(r -> summary(r, Snippets.around(r.get("text").asString(), terms))).toList());
    }

    public DocumentDetail document(String id) {
        Record r = graph.document(checkId(id));
        if (r == null) {
            throw notFound(id);
        }
        return new DocumentDetail(r.get("id").asString(), r.get("title").asString(null), r.get("publisher").asString(null),
                r.get("author").asString(null), r.get("date").asString(null), r.get("url").asString(null),
                r.get("language").asString(null), r.get("contentHash").asString(null),
                DocumentGraph.instant(r.get("ingestedAt")), r.get("text").asString(), r.get("mentions").asLong(),
                r.get("candidates").asLong());
    }

    public List<Mention> mentions(String id, int from, int size) {
        if (graph.document(checkId(id)) == null) {
            throw notFound(id);
        }
        return graph.mentions(id, from, size);
    }

    private DocumentSummary summary(String id) {
        Record r = graph.document(id);
        return new DocumentSummary(id, r.get("title").asString(null), r.get("publisher").asString(null),
                r.get("author").asString(null), r.get("date").asString(null), r.get("url").asString(null),
                r.get("language").asString(null), DocumentGraph.instant(r.get("ingestedAt")),
                r.get("text").asString().length(), r.get("mentions").asLong(), null, null, null, null, null);
    }

    private static DocumentSummary summary(Record r, Snippets.Snippet snippet) {
        return new DocumentSummary(r.get("id").asString(), r.get("title").asString(null),
                r.get("publisher").asString(null), r.get("author").asString(null), r.get("date").asString(null),
                r.get("url").asString(null), r.get("language").asString(null),
                DocumentGraph.instant(r.get("ingestedAt")), r.get("length").asInt(), r.get("mentions").asLong(),
                snippet == null ? null : r.get("score").asDouble(),
                snippet == null ? null : snippet.start(), snippet == null ? null : snippet.text(),
                snippet == null ? null : snippet.highlights(), snippet == null ? null : snippet.html());
    }

    private static Map<String, Object> auditView(Document document, Analysis analysis) {
        Map<String, Object> view = document.metadata();
        view.put("length", document.text().length());
        view.put("sentences", analysis.sentences().size());
        view.put("mentions", analysis.mentions().size());
        return view;
    }

    private static String checkId(String id) {
        if (!Hashes.isId(id)) {
            throw new NotFoundException("No document " + InvalidParameterException.quote(id) + ": document ids are 'document:' and"
                    + " 16 hex digits, e.g. document:0123456789abcdef (GET /api/documents lists them).");
        }
        return id;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No document " + InvalidParameterException.quote(id) + " (GET /api/documents lists them).");
    }

    private static Metadata check(Metadata metadata) {
        String title = text("title", metadata.title());
        String publisher = text("publisher", metadata.publisher());
        String author = text("author", metadata.author());
        String date = date(text("date", metadata.date()));
        String url = url(text("url", metadata.url()));
        String language = text("language", metadata.language());
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new InvalidParameterException("language", "'language' must be an ISO 639 code such as en, vi or"
                    + " pt-BR; was " + InvalidParameterException.quote(language) + ".");
        }
        return new Metadata(title, publisher, author, date, url, language);
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_METADATA || value.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidParameterException(name, "'" + name + "' must be at most " + MAX_METADATA
                    + " characters on one line; was " + InvalidParameterException.quote(value) + ".");
        }
        return value.strip();
    }

    /** The publication date as precise as known: 2026, 2026-01 or 2026-01-28. */
    private static String date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (value.length()) {
                case 4 -> Year.parse(value).toString();
                case 7 -> YearMonth.parse(value).toString();
                case 10 -> LocalDate.parse(value).toString();
                default -> throw new DateTimeParseException("length", value, 0);
            };
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("date", "'date' must be an ISO date: YYYY-MM-DD, YYYY-MM or YYYY"
                    + " (e.g. 2026-01-28); was " + InvalidParameterException.quote(value) + ".");
        }
    }

    private static String url(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // answered below
        }
        throw new InvalidParameterException("url", "'url' must be an absolute http or https URL; was "
                + InvalidParameterException.quote(value) + ".");
    }

    private static String titleFromText(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() <= MAX_TITLE_FROM_TEXT ? line : line.substring(0, MAX_TITLE_FROM_TEXT) + "…";
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
