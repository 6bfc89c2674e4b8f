package io.lodestone.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit of import/ against the two seed reports and reference/facts.tsv (docs/data-quality.md):
 * each test is one defect class, and lists every fact of that class so the data can be fixed.
 * The seed reports and facts.tsv are read from ../shared (they are cited, not committed); without
 * them the tests that need them report nothing to check.
 */
class DataAuditTest {

    static final Path IMPORT = Path.of("import");
    static final Path SHARED = Path.of(System.getProperty("lodestone.shared", "../../shared"));
    private static final Pattern REF_ORIGIN = Pattern.compile("reference/facts\\.tsv:(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern EDITORIAL = Pattern.compile("\\[[^\\]]*]");

    static Map<String, DataQuality.Entity> entities;
    static List<Fact> facts;
    static Map<String, String> seeds;
    static Map<Integer, String[]> reference;

    @BeforeAll
    static void read() throws IOException {
        entities = new LinkedHashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            Path file = IMPORT.resolve(kind.file());
            if (Files.exists(file)) {
                for (Fact row : read(file)) {
                    List<String> names = new ArrayList<>(List.of(row.get("name")));
                    if (row.get("aliases") != null) {
                        names.addAll(List.of(row.get("aliases").split(";")));
                    }
                    entities.put(row.get("id"), new DataQuality.Entity(row.get("id"), kind, kind.file(), row.line(), names));
                }
            }
        }
        facts = read(IMPORT.resolve(ImportSchema.RELATIONSHIPS.name()));
        seeds = new HashMap<>();
        reference = new HashMap<>();
        Path seedDir = shared().resolve("seeds");
        if (Files.isDirectory(seedDir)) {
            try (var files = Files.list(seedDir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    seeds.put("seeds/" + file.getFileName(), DataQuality.normalize(Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        Path tsv = shared().resolve("reference/facts.tsv");
        if (Files.exists(tsv)) {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                reference.put(i + 1, lines.get(i).split("\t", -1));
            }
        }
    }

    static Path shared() {
        return Files.isDirectory(SHARED) ? SHARED : Path.of("../shared");
    }

    static boolean names(String text, String id) {
        return DataQuality.names(text, entities.get(id));
    }

    static List<String> origins(Fact fact) {
        return fact.get("origin") == null ? List.of() : List.of(fact.get("origin").split(";"));
    }

    static String describe(Fact fact) {
        return "relationships.csv:" + fact.line() + " " + fact.get("id") + " (" + fact.get("start") + " " + fact.get("type")
                + " " + fact.get("end") + "): " + fact.get("evidence");
    }

    /** A row of an import file, with its line (the header is line 1); empty fields are absent. */
    record Fact(long line, Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }
    }

    static List<Fact> read(Path file) throws IOException {
        List<Fact> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            long previousEnd = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                Map<String, String> values = new HashMap<>();
                record.toMap().forEach((column, value) -> {
                    if (value != null && !value.isEmpty()) {
                        values.put(column, value);
                    }
                });
                rows.add(new Fact(line, values));
            }
        }
        return rows;
    }

    /** The importer's own checks: no errors, no warnings. */
    @Test
    void theImporterFindsNothing() {
        DataQuality.Report report = ImportValidator.validate(IMPORT).quality();

        assertThat(report.findings()).extracting(f -> f.problem().toString()).isEmpty();
    }

    /** Evidence that does not name both ends does not support the fact's two ends. */
    @Test
    void everyEvidenceNamesBothEnds() {
        List<String> unsupported = new ArrayList<>();
        for (Fact fact : facts) {
            String evidence = fact.get("evidence");
            List<String> missing = new ArrayList<>();
            for (String end : List.of(fact.get("start"), fact.get("end"))) {
                if (!names(evidence, end)) {
                    missing.add(end);
                }
            }
            if (!missing.isEmpty()) {
                unsupported.add(describe(fact) + " — does not name " + missing);
            }
        }
        assertThat(unsupported).isEmpty();
    }

    /**
     * A seed fact's evidence is an excerpt of a seed report it cites: every part of it, outside
     * [editorial insertions] and … elisions, occurs in that report (ignoring case, accents, punctuation).
     */
    @Test
    void seedEvidenceIsAnExcerptOfTheSeed() {
        if (seeds.isEmpty()) {
            return;
        }
        List<String> notExcerpts = new ArrayList<>();
        for (Fact fact : facts) {
            List<String> cited = origins(fact).stream().filter(seeds::containsKey).toList();
            if (cited.isEmpty()) {
                continue;
            }
            for (String part : EDITORIAL.matcher(fact.get("evidence")).replaceAll("…").split("…|\\.\\.\\.")) {
                String normalized = DataQuality.normalize(part);
                if (!normalized.isEmpty() && cited.stream().noneMatch(seed -> (" " + seeds.get(seed) + " ")
                        .contains(" " + normalized + " "))) {
                    notExcerpts.add(describe(fact) + " — not in " + cited + ": \"" + part.strip() + "\"");
                }
            }
        }
        assertThat(notExcerpts).isEmpty();
    }

    /**
     * A reference fact's figures are its row's: its amount is a number of the row (value or note,
     * possibly in thousands, millions or billions), and every number in its evidence is in the row.
     */
    @Test
    void referenceFiguresAreTheRowsFigures() {
        if (reference.isEmpty()) {
            return;
        }
        List<String> wrong = new ArrayList<>();
        for (Fact fact : facts) {
            List<String[]> rows = new ArrayList<>();
            for (String origin : origins(fact)) {
                Matcher m = REF_ORIGIN.matcher(origin);
                if (m.matches()) {
                    String[] row = reference.get(Integer.parseInt(m.group(1)));
                    if (row == null) {
                        wrong.add(describe(fact) + " — no line " + m.group(1) + " in facts.tsv");
                    } else {
                        rows.add(row);
                    }
                }
            }
            if (rows.isEmpty() || origins(fact).stream().anyMatch(seeds::containsKey)) {
                continue;
            }
            List<Double> numbers = new ArrayList<>();
            for (String[] row : rows) {
                numbers.addAll(numbers(String.join(" ", row)));
            }
            if (fact.get("amount") != null && !contains(numbers, Double.parseDouble(fact.get("amount")))) {
                wrong.add(describe(fact) + " — amount " + fact.get("amount") + " is not in the row");
            }
            List<Double> inNames = new ArrayList<>();
            for (String end : List.of(fact.get("start"), fact.get("end"))) {
                entities.get(end).names().forEach(name -> inNames.addAll(numbers(name)));
            }
            for (double n : numbers(fact.get("evidence"))) {
                if (!contains(numbers, n) && !inNames.contains(n)) {
                    wrong.add(describe(fact) + " — evidence number " + n + " is not in the row");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static List<Double> numbers(String text) {
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group();
            // "83.22" is a decimal; "7,400" and "1.000.000" are thousands separators
            String plain = n.matches("\\d{1,3}(,\\d{3})+") ? n.replace(",", "") : n.replace(",", ".");
            try {
                numbers.add(Double.parseDouble(plain));
            } catch (NumberFormatException e) {
                numbers.add(Double.parseDouble(n.replaceAll("[.,]", "")));
            }
        }
        return numbers;
    }

    private static boolean contains(List<Double> numbers, double value) {
        for (double n : numbers) {
            for (double scale : new double[] {1, 1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9, 1e2, 1e-2}) {
                if (Math.abs(n * scale - value) <= 1e-9 * Math.max(1, Math.abs(value))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A group's total ("92% combined", "~10 t combined") belongs to no single member's edge. */
    @Test
    void noGroupTotalOnAMember() {
        List<String> copied = new ArrayList<>();
        for (Fact fact : facts) {
            String value = String.join(" ", String.valueOf(fact.get("valueText")), String.valueOf(fact.get("unit")));
            if (value.contains("combined")) {
                copied.add(describe(fact) + " — carries " + value);
            }
        }
        assertThat(copied).isEmpty();
    }

    /** One concept, one node: no entity's name is another entity's name or alias. */
    @Test
    void noTwoEntitiesShareAName() {
        Map<String, List<String>> byName = new TreeMap<>();
        entities.values().forEach(entity -> entity.names().forEach(name ->
                byName.computeIfAbsent(DataQuality.normalize(name), n -> new ArrayList<>()).add(entity.id())));
        List<String> shared = new ArrayList<>();
        for (DataQuality.Entity entity : entities.values()) {
            List<String> same = byName.get(DataQuality.normalize(entity.names().get(0))).stream()
                    .filter(id -> !id.equals(entity.id())).distinct().toList();
            if (!same.isEmpty()) {
                shared.add(entity.id() + " (" + entity.names().get(0) + ") is also a name of " + same);
            }
        }
        assertThat(shared).isEmpty();
    }

    /** A deputy does not lead what they are deputy of: LEADS is for the head. */
    @Test
    void onlyHeadsLead() {
        List<String> deputies = facts.stream()
                .filter(f -> "LEADS".equals(f.get("type")) && f.get("role") != null
                        && f.get("role").toLowerCase(java.util.Locale.ROOT).matches(".*\\b(deputy|vice)\\b.*"))
                .map(DataAuditTest::describe).toList();
        assertThat(deputies).isEmpty();
    }

    /** Derived relationships are the importer's, not the files'. */
    @Test
    void noDerivedEdgeInTheFiles() {
        List<String> derived = facts.stream().filter(f -> "INVOLVES".equals(f.get("type"))).map(DataAuditTest::describe).toList();
        assertThat(derived).as("INVOLVES is derived at import, never written").isEmpty();
    }

    /**
     * "As of" years are not start dates: a state (validFrom) read from a reference row must come from
     * a row that dates a start (a full date, "since", or a start year of a range), not from a bare year
     * at which the state merely held.
     */
    @Test
    void noAsOfYearAsAStartDate() {
        if (reference.isEmpty()) {
            return;
        }
        List<String> asOf = new ArrayList<>();
        for (Fact fact : facts) {
            if (fact.get("validFrom") == null || origins(fact).stream().anyMatch(seeds::containsKey)) {
                continue;
            }
            for (String origin : origins(fact)) {
                Matcher m = REF_ORIGIN.matcher(origin);
                if (m.matches()) {
                    String[] row = reference.get(Integer.parseInt(m.group(1)));
                    String when = row[5].strip();
                    boolean start = when.matches("\\d{4}-\\d{2}.*") || when.contains("since")
                            || row[1].matches("ESTABLISHED|ACQUIRED|OWNED_BY|SUSPENDS|OPERATES_SITE_IN|PARTY_TO|UPGRADED_RELATIONS_WITH")
                            || when.matches("\\d{4}(-\\d{2})?-") || row[1].contains("SINCE") || row[2].contains("since")
                            || String.valueOf(fact.get("note")).contains("start");
                    if (!start) {
                        asOf.add(describe(fact) + " — validFrom " + fact.get("validFrom") + " from \"" + when + "\"");
                    }
                }
            }
        }
        assertThat(asOf).isEmpty();
    }
}
