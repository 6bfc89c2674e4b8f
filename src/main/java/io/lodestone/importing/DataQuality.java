package io.lodestone.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks of the data itself, run on import files that passed {@link ImportValidator} (well-formed
 * rows, known ids and types): what a format check cannot see. Errors are data that is wrong;
 * warnings need a person's judgement and travel with the import report.
 * The classes and their reasons are in docs/data-quality.md.
 */
final class DataQuality {

    enum Severity { ERROR, WARNING }

    /** The classes of finding, each with its severity. */
    enum Check {
        /** The evidence names neither end of its fact (by name or alias, ignoring case and accents). */
        EVIDENCE_NAMES_NEITHER_END("evidence-names-neither-end", Severity.WARNING),
        /** The shares of one importer's sourcing of one resource in one year add up to more than 1. */
        SHARES_ABOVE_ONE("shares-above-one", Severity.ERROR),
        /** A symmetric type whose reverse (end kind → start kind) the types file does not allow: it could only be stored one way. */
        SYMMETRIC_ONE_WAY("symmetric-stored-one-way", Severity.ERROR),
        /** An entity that no fact starts or ends at, nor names as its resource. */
        ENTITY_WITHOUT_FACT("entity-without-fact", Severity.WARNING);

        private final String label;
        private final Severity severity;

        Check(String label, Severity severity) {
            this.label = label;
            this.severity = severity;
        }

        String label() {
            return label;
        }

        Severity severity() {
            return severity;
        }
    }

    /** One finding: its class, where (file:line) and the entities it concerns. */
    record Finding(Check check, Problem problem, List<String> entityIds) {
    }

    /**
     * Findings counted by class; the first {@link #KEPT} of each class are kept with their location,
     * so a huge file with one systematic flaw gives a bounded report.
     */
    static final class Report {
        static final int KEPT = 1000;
        /** Offenders and warnings an import report lists. */
        static final int SUMMARY_LINES = 20;

        private final Map<Check, Integer> counts = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, Integer> byEntity = new TreeMap<>();

        Report() {
            for (Check check : Check.values()) {
                counts.put(check, 0);
            }
        }

        void add(Finding finding) {
            int count = counts.merge(finding.check(), 1, Integer::sum);
            if (count <= KEPT) {
                findings.add(finding);
            }
            finding.entityIds().forEach(id -> byEntity.merge(id, 1, Integer::sum));
        }

        List<Finding> findings() {
            return findings;
        }

        List<Problem> errors() {
            return of(Severity.ERROR);
        }

        List<Problem> warnings() {
            return of(Severity.WARNING);
        }

        private List<Problem> of(Severity severity) {
            return findings.stream().filter(f -> f.check().severity() == severity).map(Finding::problem).toList();
        }

        int count(Severity severity) {
            return counts.entrySet().stream().filter(e -> e.getKey().severity() == severity)
                    .mapToInt(Map.Entry::getValue).sum();
        }

        Map<String, Integer> counts() {
            Map<String, Integer> labelled = new LinkedHashMap<>();
            counts.forEach((check, count) -> labelled.put(check.label(), count));
            return labelled;
        }

        /** @return up to {@code limit} entity ids with the most findings, most first */
        List<Map.Entry<String, Integer>> worstOffenders(int limit) {
            return byEntity.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(limit).toList();
        }

        /** The part of the report an import answers with: counts, worst offenders, the first warnings. */
        ImportReport.Quality summary() {
            return summary(SUMMARY_LINES);
        }

        ImportReport.Quality summary(int limit) {
            return new ImportReport.Quality(counts(),
                    worstOffenders(limit).stream().map(e -> new ImportReport.Offender(e.getKey(), e.getValue())).toList(),
                    warnings().stream().limit(limit).map(Problem::toString).toList(), count(Severity.WARNING));
        }
    }

    private static final double SHARE_TOLERANCE = 0.005;
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Aliases that are also common words (indium "In", arsenic "As") name nothing in running text. */
    private static final Set<String> COMMON_WORDS = Set.of("in", "as", "be", "at", "on", "or", "an", "a", "us", "it", "is", "w", "y");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private DataQuality() {
    }

    /**
     * The one place an import is checked: the format ({@link ImportValidator}), then the data. Errors
     * of either reject the import with every problem; warnings travel with the validated files.
     */
    static ValidatedImport validate(Path directory, long maxFileBytes) {
        ValidatedImport files = ImportValidator.validate(directory, maxFileBytes);
        Report report = check(directory);
        if (!report.errors().isEmpty()) {
            throw new ImportRejectedException(report.errors());
        }
        return files.withQuality(report);
    }

    /** Reads the (already validated) files of {@code directory} and checks them, one fact at a time. */
    static Report check(Path directory) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            Path file = directory.resolve(kind.file());
            if (Files.exists(file)) {
                read(file, row -> entities.put(row.get("id"), new Entity(row.get("id"), kind, row.file(), row.line(), names(row))));
            }
        }
        Map<String, Row> types = new LinkedHashMap<>();
        read(directory.resolve(ImportValidator.RELATIONSHIP_TYPES), row -> types.put(row.get("type"), row));
        Report report = new Report();
        symmetricTypes(types, report);
        Set<String> used = new HashSet<>();
        Map<List<String>, Map<String, Share>> shareGroups = new LinkedHashMap<>();
        read(directory.resolve(ImportValidator.RELATIONSHIPS), fact -> fact(fact, entities, used, shareGroups, report));
        shareGroups.forEach((group, bySupplier) -> shares(group, bySupplier, report));
        for (Entity entity : entities.values()) {
            if (!used.contains(entity.id())) {
                report.add(new Finding(Check.ENTITY_WITHOUT_FACT, new Problem(entity.file(), entity.line(), "id",
                        entity.id() + " is in no fact (neither an end nor a resource); link it or remove it"),
                        List.of(entity.id())));
            }
        }
        return report;
    }

    private static void fact(Row fact, Map<String, Entity> entities, Set<String> used,
                             Map<List<String>, Map<String, Share>> shareGroups, Report report) {
        String start = fact.get("start");
        String end = fact.get("end");
        used.add(start);
        used.add(end);
        String resource = fact.get("resource");
        if (resource != null) {
            used.add(resource);
        }
        Entity a = entities.get(start);
        Entity b = entities.get(end);
        String evidence = fact.get("evidence");
        if (a != null && b != null && evidence != null && !names(evidence, a) && !names(evidence, b)) {
            report.add(new Finding(Check.EVIDENCE_NAMES_NEITHER_END, fact.problem("evidence",
                    "names neither " + a.id() + " (" + a.names().get(0) + ") nor " + b.id() + " (" + b.names().get(0)
                            + "); quote the source where it names them, or add the name the source uses as an alias"),
                    List.of(start, end)));
        }
        String share = fact.get("share");
        if (share != null && resource != null) {
            String year = fact.get("year") != null ? fact.get("year") : yearOf(fact.get("date"));
            List<String> group = List.of(start, resource, String.valueOf(year));
            // Competing figures for one supplier are alternatives, not parts: count its largest.
            shareGroups.computeIfAbsent(group, g -> new LinkedHashMap<>())
                    .merge(end, new Share(new BigDecimal(share).doubleValue(), fact),
                            (x, y) -> x.value() >= y.value() ? x : y);
        }
    }

    private static void shares(List<String> group, Map<String, Share> bySupplier, Report report) {
        double sum = bySupplier.values().stream().mapToDouble(Share::value).sum();
        if (sum > 1 + SHARE_TOLERANCE) {
            Row last = bySupplier.values().stream().map(Share::fact).max(Comparator.comparingLong(Row::line)).orElseThrow();
            List<String> parts = bySupplier.values().stream()
                    .map(s -> s.fact().get("id") + " (line " + s.fact().line() + ") " + s.value()).toList();
            report.add(new Finding(Check.SHARES_ABOVE_ONE, last.problem("share", String.format(Locale.ROOT,
                    "the shares of %s's %s sourcing in %s add up to %.3f, more than 1: %s", group.get(0),
                    group.get(1), group.get(2), sum, String.join(", ", parts))), List.of(group.get(0), group.get(1))));
        }
    }

    private static void symmetricTypes(Map<String, Row> types, Report report) {
        for (Row type : types.values()) {
            if ("true".equals(type.get("symmetric"))) {
                Set<String> starts = kinds(type.get("startKinds"));
                Set<String> ends = kinds(type.get("endKinds"));
                if (!starts.equals(ends)) {
                    report.add(new Finding(Check.SYMMETRIC_ONE_WAY, type.problem("endKinds",
                            type.get("type") + " is symmetric, so its start and end kinds must be the same (start: "
                                    + String.join(";", new java.util.TreeSet<>(starts)) + ", end: "
                                    + String.join(";", new java.util.TreeSet<>(ends))
                                    + "); otherwise some facts could only be stored one way"), List.of()));
                }
            }
        }
    }

    private static Set<String> kinds(String value) {
        if (value == null || value.equals("*")) {
            Set<String> all = new HashSet<>();
            for (NodeKind kind : NodeKind.values()) {
                all.add(kind.prefix());
            }
            return all;
        }
        Set<String> kinds = new HashSet<>();
        for (String kind : value.split(";")) {
            kinds.add(kind.strip());
        }
        return kinds;
    }

    private static String yearOf(String date) {
        return date == null ? null : date.substring(0, Math.min(4, date.length()));
    }

    private static List<String> names(Row row) {
        List<String> names = new ArrayList<>();
        names.add(row.get("name"));
        if (row.get("aliases") != null) {
            for (String alias : row.get("aliases").split(";")) {
                if (!alias.isBlank()) {
                    names.add(alias.strip());
                }
            }
        }
        return names;
    }

    /** @return whether {@code text} names the entity by its name or an alias, as whole words, ignoring case and accents */
    static boolean names(String text, Entity entity) {
        String haystack = " " + normalize(text) + " ";
        return entity.names().stream().map(DataQuality::normalize)
                .anyMatch(name -> !name.isBlank() && !COMMON_WORDS.contains(name) && haystack.contains(" " + name + " "));
    }

    /** Lower case, without accents (đ → d), every run of other characters one space. */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_ALNUM.matcher(plain).replaceAll(" ").strip();
    }

    /** An entity with where it is defined and the names the evidence may use for it. */
    record Entity(String id, NodeKind kind, String file, long line, List<String> names) {
    }

    private record Share(double value, Row fact) {
    }

    /** One row of an import file, with its line (the header is line 1); empty fields are absent. */
    record Row(String file, long line, Map<String, String> values) {

        String get(String column) {
            return values.get(column);
        }

        Problem problem(String column, String message) {
            return new Problem(file, line, column, message);
        }
    }

    /** Reads a CSV file with a header, one row at a time. */
    static void read(Path file, Consumer<Row> consumer) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            long previousEnd = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                Map<String, String> values = new HashMap<>();
                record.toMap().forEach((column, value) -> {
                    if (value != null && !value.isEmpty()) {
                        values.put(column.strip(), value);
                    }
                });
                consumer.accept(new Row(file.getFileName().toString(), line, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> read(Path file) {
        List<Row> rows = new ArrayList<>();
        read(file, rows::add);
        return rows;
    }
}
