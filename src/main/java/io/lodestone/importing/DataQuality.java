package io.lodestone.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks of the data itself, on the rows {@link ImportValidator} reads in its one pass over each
 * file (it hands every row of the types, node and relationship files here after its own rules):
 * what a format check cannot see. Errors are data that is wrong and reject the import with the
 * format problems; warnings need a person's judgement and travel with the import report.
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

    private final Report report = new Report();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Map<List<String>, Map<String, Share>> shareGroups = new LinkedHashMap<>();

    /** A row of relationship-types.csv: a symmetric type needs the same kinds at both ends. */
    void type(Row type) {
        if (!"true".equals(type.get("symmetric"))) {
            return;
        }
        Set<String> starts = kinds(type.get("startKinds"));
        Set<String> ends = kinds(type.get("endKinds"));
        if (!starts.equals(ends)) {
            report.add(new Finding(Check.SYMMETRIC_ONE_WAY, new Problem(type.file(), type.line(), "endKinds",
                    type.get("type") + " is symmetric, so its start and end kinds must be the same (start: "
                            + String.join(";", new TreeSet<>(starts)) + ", end: " + String.join(";", new TreeSet<>(ends))
                            + "); otherwise some facts could only be stored one way"), List.of()));
        }
    }

    /** A row of a node file: remembered with its names, for the evidence and the isolation checks. */
    void entity(NodeKind kind, Row row) {
        String id = row.get("id");
        if (id != null) {
            entities.put(id, new Entity(id, kind, row.file(), row.line(), names(row)));
        }
    }

    /** A row of relationships.csv. */
    void fact(Row fact) {
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
            report.add(new Finding(Check.EVIDENCE_NAMES_NEITHER_END, new Problem(fact.file(), fact.line(), "evidence",
                    "names neither " + a.id() + " (" + a.names().get(0) + ") nor " + b.id() + " (" + b.names().get(0)
                            + "); quote the source where it names them, or add the name the source uses as an alias"),
                    List.of(start, end)));
        }
        String share = fact.valid("share");
        if (share != null && resource != null && start != null && end != null) {
            String year = fact.valid("year") != null ? fact.valid("year") : yearOf(fact.valid("date"));
            List<String> group = List.of(start, resource, String.valueOf(year));
            // Competing figures for one supplier are alternatives, not parts: count its largest.
            shareGroups.computeIfAbsent(group, g -> new LinkedHashMap<>())
                    .merge(end, new Share(new BigDecimal(share).doubleValue(), fact.file(), fact.line(), fact.get("id")),
                            (x, y) -> x.value() >= y.value() ? x : y);
        }
    }

    /** @return the findings, once every file has been read */
    Report finish() {
        shareGroups.forEach(this::shares);
        for (Entity entity : entities.values()) {
            if (!used.contains(entity.id())) {
                report.add(new Finding(Check.ENTITY_WITHOUT_FACT, new Problem(entity.file(), entity.line(), "id",
                        entity.id() + " is in no fact (neither an end nor a resource); link it or remove it"),
                        List.of(entity.id())));
            }
        }
        return report;
    }

    private void shares(List<String> group, Map<String, Share> bySupplier) {
        double sum = bySupplier.values().stream().mapToDouble(Share::value).sum();
        if (sum > 1 + SHARE_TOLERANCE) {
            Share last = bySupplier.values().stream().max(Comparator.comparingLong(Share::line)).orElseThrow();
            List<String> parts = bySupplier.values().stream()
                    .map(s -> s.factId() + " (line " + s.line() + ") " + s.value()).toList();
            report.add(new Finding(Check.SHARES_ABOVE_ONE, new Problem(last.file(), last.line(), "share", String.format(Locale.ROOT,
                    "the shares of %s's %s sourcing in %s add up to %.3f, more than 1: %s", group.get(0),
                    group.get(1), group.get(2), sum, String.join(", ", parts))), List.of(group.get(0), group.get(1))));
        }
    }

    private static Set<String> kinds(String value) {
        Set<String> kinds = new HashSet<>();
        if (value == null || value.equals("*")) {
            for (NodeKind kind : NodeKind.values()) {
                kinds.add(kind.prefix());
            }
            return kinds;
        }
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
        names.add(row.get("name") == null ? row.get("id") : row.get("name"));
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

    private record Share(double value, String file, long line, String factId) {
    }
}
