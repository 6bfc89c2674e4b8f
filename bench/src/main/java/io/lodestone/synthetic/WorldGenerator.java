package io.lodestone.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.lodestone.importing.ImportFile;
import io.lodestone.importing.ImportSchema;
import io.lodestone.importing.NodeKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic world as import files (docs/import-format.md) that the normal importer
 * accepts. The same seed and size give byte-identical files: one {@link Random} (whose algorithm
 * the JDK specifies) is drawn in a fixed order, and names are pure functions of seed and index.
 * Rows are streamed to disk, so memory does not grow with the size.
 */
public final class WorldGenerator {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    /** Smallest world that still has every kind of fact. */
    public static final long MIN_RELATIONSHIPS = 1_000;

    private final long seed;
    private final long relationships;
    private final int firms;
    private final int facilities;
    private final int ceos;
    private final int agreements;
    private final int sources;
    private final int restrictions;
    private final Names names;
    private final List<String> countryKeys = new ArrayList<>();
    private final List<String> countryNames = new ArrayList<>();

    /** @param relationships how many facts (rows of relationships.csv) to write, at least {@link #MIN_RELATIONSHIPS} */
    public WorldGenerator(long seed, long relationships) {
        if (relationships < MIN_RELATIONSHIPS) {
            throw new IllegalArgumentException("a world needs at least " + MIN_RELATIONSHIPS + " relationships");
        }
        this.seed = seed;
        this.relationships = relationships;
        this.firms = (int) Math.max(200, relationships / 20);
        this.facilities = (int) Math.max(100, relationships / 25);
        this.ceos = (int) Math.min(firms, Math.max(10, relationships / 100));
        this.agreements = (int) Math.max(20, relationships / 200);
        this.sources = (int) Math.max(100, relationships / 20);
        this.restrictions = (int) Math.max(20, relationships / 200);
        this.names = new Names(seed);
        countryKeys.addAll(Catalog.REAL_COUNTRIES.keySet());
        countryNames.addAll(Catalog.REAL_COUNTRIES.values());
        for (char a = 'A'; a <= 'Z' && countryKeys.size() < Catalog.COUNTRIES; a++) {
            for (char b = 'A'; b <= 'Z' && countryKeys.size() < Catalog.COUNTRIES; b++) {
                String code = "" + a + b;
                if (!countryKeys.contains(code)) {
                    countryNames.add(names.place(countryKeys.size()));
                    countryKeys.add(code);
                }
            }
        }
    }

    /**
     * @param relationshipTypes the project's {@code import/relationship-types.csv}, copied along
     */
    public WorldSummary write(Path directory, Path relationshipTypes) throws IOException {
        Files.createDirectories(directory);
        Files.copy(relationshipTypes, directory.resolve("relationship-types.csv"), StandardCopyOption.REPLACE_EXISTING);
        Random random = new Random(seed);
        Map<String, Long> entities = new LinkedHashMap<>();
        writeSources(directory, random);
        entities.put("countries.csv", writeCountries(directory, random));
        entities.put("blocs.csv", writeNodes(directory, NodeKind.BLOC, random, Catalog.BLOCS.size(), (i, row) -> {
            List<String> keys = List.copyOf(Catalog.BLOCS.keySet());
            row.put("id", "bloc:" + keys.get(i));
            row.put("name", Catalog.BLOCS.get(keys.get(i)));
        }));
        entities.put("regions.csv", writeNodes(directory, NodeKind.REGION, random, 1, (i, row) -> {
            row.put("id", "region:world");
            row.put("name", "World");
            row.put("description", "The whole world, for world totals.");
        }));
        entities.put("minerals.csv", writeNodes(directory, NodeKind.MINERAL, random, Catalog.MINERALS.size(), (i, row) -> {
            row.put("id", mineral(i));
            row.put("name", title(Catalog.MINERALS.get(i)));
        }));
        entities.put("technologies.csv", writeNodes(directory, NodeKind.TECHNOLOGY, random, Catalog.TECHNOLOGIES.size(),
                (i, row) -> {
                    row.put("id", technology(i));
                    row.put("name", title(Catalog.TECHNOLOGIES.get(i)));
                }));
        entities.put("institutions.csv", writeNodes(directory, NodeKind.INSTITUTION, random, Catalog.COUNTRIES,
                (i, row) -> {
                    row.put("id", institution(i));
                    row.put("name", "Ministry of Industry (" + countryNames.get(i) + ")");
                    row.put("description", "Ministry in charge of mining and industry.");
                    row.put("institutionType", "ministry");
                }));
        entities.put("persons.csv", writeNodes(directory, NodeKind.PERSON, random, Catalog.COUNTRIES + ceos, (i, row) -> {
            row.put("id", person(i));
            row.put("name", names.person(i));
            row.put("description", i < Catalog.COUNTRIES ? "Minister." : "Chief executive.");
        }));
        entities.put("firms.csv", writeNodes(directory, NodeKind.FIRM, random, firms, (i, row) -> {
            row.put("id", firm(i));
            row.put("name", names.firm(i));
            row.put("aliases", random.nextInt(4) == 0 ? names.firm(i).split(" ")[0] + " Group" : null);
            row.put("sector", pick(random, Catalog.SECTORS));
        }));
        entities.put("facilities.csv", writeNodes(directory, NodeKind.FACILITY, random, facilities, (i, row) -> {
            row.put("id", facility(i));
            row.put("name", names.place(Catalog.COUNTRIES + i) + " " + facilityType(i));
            row.put("facilityType", facilityType(i));
        }));
        entities.put("agreements.csv", writeNodes(directory, NodeKind.AGREEMENT, random, agreements, (i, row) -> {
            String type = agreementType(i);
            int year = 1995 + random.nextInt(31);
            row.put("id", agreement(i));
            row.put("name", names.place(100_000 + i) + " " + type.replace('-', ' ') + " " + year);
            row.put("agreementType", type);
            row.put("signedDate", date(random, year));
            row.put("inForceDate", random.nextBoolean() ? date(random, year + 1) : null);
            row.put("legallyBinding", Boolean.toString(!type.equals("joint-statement") && !type.equals("mou")));
        }));
        Map<String, Long> facts = writeRelationships(directory, random);
        return new WorldSummary(directory, seed, sources, entities, facts);
    }

    private void writeSources(Path directory, Random random) throws IOException {
        try (CSVPrinter out = printer(directory.resolve("sources.csv"))) {
            out.printRecord(ImportSchema.SOURCES.columnNames());
            for (int i = 0; i < sources; i++) {
                Map<String, String> row = new HashMap<>();
                row.put("id", source(i));
                row.put("publisher", pick(random, Catalog.PUBLISHERS));
                row.put("title", "Synthetic report " + i + " on " + pick(random, Catalog.MINERALS) + " supply");
                row.put("date", date(random, 2005 + random.nextInt(21)));
                row.put("url", "https://example.org/synthetic/" + seed + "/" + i);
                row.put("kind", pick(random, ImportSchema.SOURCES.column("kind").orElseThrow().values()));
                out.printRecord(fields(ImportSchema.SOURCES, row));
            }
        }
    }

    private long writeCountries(Path directory, Random random) throws IOException {
        return writeNodes(directory, NodeKind.COUNTRY, random, Catalog.COUNTRIES, (i, row) -> {
            row.put("id", country(i));
            row.put("name", countryNames.get(i));
            row.put("aliases", i < Catalog.REAL_COUNTRIES.size() && random.nextInt(3) == 0
                    ? "Republic of " + countryNames.get(i) : null);
        });
    }

    @FunctionalInterface
    private interface NodeRow {
        /** Puts the fields of row {@code index} by column; the sources are drawn after. */
        void fill(int index, Map<String, String> row);
    }

    private long writeNodes(Path directory, NodeKind kind, Random random, int count, NodeRow rows) throws IOException {
        try (CSVPrinter out = printer(directory.resolve(kind.file()))) {
            out.printRecord(kind.importFile().columnNames());
            for (int i = 0; i < count; i++) {
                Map<String, String> row = new HashMap<>();
                rows.fill(i, row);
                row.put("sources", sourceList(random));
                out.printRecord(fields(kind.importFile(), row));
            }
        }
        return count;
    }

    /** @return the row's fields in the order of the file's declared columns; absent ones are empty */
    private static List<String> fields(ImportFile file, Map<String, String> row) {
        return file.columns().stream().map(column -> row.get(column.name())).toList();
    }

    private Map<String, Long> writeRelationships(Path directory, Random random) throws IOException {
        try (Facts facts = new Facts(printer(directory.resolve("relationships.csv")), random)) {
            memberships(facts, random);
            leaders(facts, random);
            headquarters(facts, random);
            ownership(facts, random);
            facilities(facts, random);
            agreements(facts, random);
            exportRestrictions(facts, random);
            flows(facts, random);
            return facts.byType;
        }
    }

    private void memberships(Facts facts, Random random) throws IOException {
        List<String> blocs = List.copyOf(Catalog.BLOCS.keySet());
        for (String bloc : blocs) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < Catalog.COUNTRIES; i++) {
                members.add(i);
            }
            Collections.shuffle(members, random);
            for (int member : members.subList(0, 5 + random.nextInt(23))) {
                if (facts.full()) {
                    return;
                }
                facts.add(country(member), "MEMBER_OF", "bloc:" + bloc)
                        .set("validFrom", date(random, 1960 + random.nextInt(60)))
                        .write(countryNames.get(member) + " is a member of " + Catalog.BLOCS.get(bloc) + ".");
            }
        }
    }

    private void leaders(Facts facts, Random random) throws IOException {
        for (int i = 0; i < Catalog.COUNTRIES + ceos && !facts.full(); i++) {
            boolean minister = i < Catalog.COUNTRIES;
            String end = minister ? institution(i) : firm(i - Catalog.COUNTRIES);
            String role = minister ? "Minister" : "Chief Executive";
            facts.add(person(i), "LEADS", end)
                    .set("role", role)
                    .set("validFrom", date(random, 2010 + random.nextInt(16)))
                    .write(names.person(i) + " is " + role + " of " + (minister
                            ? "the Ministry of Industry of " + countryNames.get(i) : names.firm(i - Catalog.COUNTRIES)) + ".");
        }
    }

    private void headquarters(Facts facts, Random random) throws IOException {
        for (int i = 0; i < Catalog.COUNTRIES && !facts.full(); i++) {
            facts.add(institution(i), "HEADQUARTERED_IN", country(i))
                    .write("The ministry sits in the capital of " + countryNames.get(i) + ".");
        }
        for (int i = 0; i < firms && !facts.full(); i++) {
            int country = zipf(random, Catalog.COUNTRIES);
            facts.add(firm(i), "HEADQUARTERED_IN", country(country))
                    .write(names.firm(i) + " is headquartered in " + countryNames.get(country) + ".");
        }
    }

    /** Power-law ownership: a firm's parent is drawn Zipf-distributed among the firms before it (a forest, no cycles). */
    private void ownership(Facts facts, Random random) throws IOException {
        for (int child = 1; child < firms && !facts.full(); child++) {
            if (random.nextInt(10) >= 6) {
                continue;
            }
            int parent = zipf(random, child);
            String since = date(random, 1990 + random.nextInt(36));
            int stake = 51 + random.nextInt(50);
            facts.add(firm(child), "SUBSIDIARY_OF", firm(parent))
                    .set("validFrom", since)
                    .write(names.firm(child) + " is a subsidiary of " + names.firm(parent) + ".");
            if (facts.full()) {
                return;
            }
            facts.add(firm(parent), "OWNS", firm(child))
                    .set("validFrom", since)
                    .set("valueText", stake + "%")
                    .write(names.firm(parent) + " holds " + stake + "% of " + names.firm(child) + ".");
        }
    }

    private void facilities(Facts facts, Random random) throws IOException {
        for (int i = 0; i < facilities && !facts.full(); i++) {
            int country = zipf(random, Catalog.COUNTRIES);
            int operator = zipf(random, firms);
            String name = names.place(Catalog.COUNTRIES + i) + " " + facilityType(i);
            facts.add(facility(i), "LOCATED_IN", country(country))
                    .write("The " + name + " is in " + countryNames.get(country) + ".");
            if (facts.full()) {
                return;
            }
            facts.add(firm(operator), "OPERATES", facility(i))
                    .set("validFrom", date(random, 1980 + random.nextInt(46)))
                    .write(names.firm(operator) + " operates the " + name + ".");
            if (facts.full()) {
                return;
            }
            boolean technology = List.of("plant", "fab", "assembly-test").contains(facilityType(i));
            String resource = technology ? technology(random.nextInt(Catalog.TECHNOLOGIES.size()))
                    : mineral(random.nextInt(Catalog.MINERALS.size()));
            int year = 2015 + random.nextInt(11);
            String amount = Integer.toString(100 + random.nextInt(50_000));
            facts.add(facility(i), "PRODUCES", resource)
                    .set("year", Integer.toString(year))
                    .set("amount", amount)
                    .set("unit", technology ? "units" : "t")
                    .set("activity", technology ? "manufacturing" : facilityType(i))
                    .write("The " + name + " produced " + amount + (technology ? " units" : " t") + " in " + year + ".");
        }
    }

    private void agreements(Facts facts, Random random) throws IOException {
        for (int i = 0; i < agreements && !facts.full(); i++) {
            int parties = 2 + random.nextInt(7);
            for (int p = 0; p < parties && !facts.full(); p++) {
                int kind = random.nextInt(10);
                String party = kind < 7 ? country(zipf(random, Catalog.COUNTRIES))
                        : kind < 8 ? "bloc:" + pick(random, List.copyOf(Catalog.BLOCS.keySet()))
                        : kind < 9 ? firm(zipf(random, firms)) : institution(random.nextInt(Catalog.COUNTRIES));
                facts.add(party, "PARTY_TO", agreement(i))
                        .set("validFrom", date(random, 1995 + random.nextInt(31)))
                        .write("Party " + p + " of agreement " + i + ".");
            }
            int covered = 1 + random.nextInt(5);
            for (int c = 0; c < covered && !facts.full(); c++) {
                String resource = random.nextInt(3) == 0 ? technology(random.nextInt(Catalog.TECHNOLOGIES.size()))
                        : mineral(random.nextInt(Catalog.MINERALS.size()));
                facts.add(agreement(i), "COVERS", resource)
                        .set("activity", random.nextBoolean() ? "supply-chain cooperation" : "investment")
                        .write("Agreement " + i + " covers " + resource.substring(resource.indexOf(':') + 1) + ".");
            }
        }
    }

    private void exportRestrictions(Facts facts, Random random) throws IOException {
        for (int i = 0; i < restrictions && !facts.full(); i++) {
            int country = zipf(random, Catalog.COUNTRIES);
            int mineral = random.nextInt(Catalog.MINERALS.size());
            String measure = random.nextBoolean() ? "export ban" : "export licensing";
            facts.add(country(country), "RESTRICTS_EXPORT_OF", mineral(mineral))
                    .set("date", date(random, 2010 + random.nextInt(16)))
                    .set("activity", measure)
                    .write(countryNames.get(country) + " applies " + measure + " to " + Catalog.MINERALS.get(mineral) + ".");
        }
    }

    /**
     * Fills the rest: production figures, trade flows with shares and exports, by Zipf-distributed
     * countries. An importer's shares of one resource in one year never add up to more than 1 (the
     * importer rejects that): each share is drawn from what the earlier ones left.
     */
    private void flows(Facts facts, Random random) throws IOException {
        Map<String, Double> sourced = new HashMap<>();
        while (!facts.full()) {
            int kind = random.nextInt(20);
            int country = zipf(random, Catalog.COUNTRIES);
            int year = 2010 + random.nextInt(15);
            int mineral = random.nextInt(Catalog.MINERALS.size());
            if (kind < 11) {
                String amount = Long.toString(10 + (long) StrictMath.pow(10, 1 + 5 * random.nextDouble()));
                String share = fraction(random.nextDouble() * 0.6);
                facts.add(country(country), "PRODUCES", mineral(mineral))
                        .set("year", Integer.toString(year))
                        .set("amount", amount)
                        .set("unit", "t")
                        .set("shareOfWorld", share)
                        .set("activity", random.nextBoolean() ? "mine" : "refined")
                        .write(countryNames.get(country) + " produced " + amount + " t of "
                                + Catalog.MINERALS.get(mineral) + " in " + year + " (" + share + " of world output).");
            } else if (kind < 18) {
                int supplier = zipf(random, Catalog.COUNTRIES);
                if (supplier == country) {
                    supplier = (supplier + 1) % Catalog.COUNTRIES;
                }
                boolean technology = random.nextInt(4) == 0;
                String resource = technology ? technology(random.nextInt(Catalog.TECHNOLOGIES.size())) : mineral(mineral);
                String group = country + " " + resource + " " + year;
                double left = 1 - sourced.getOrDefault(group, 0.0);
                String share = fraction((0.01 + random.nextDouble() * 0.94) * left);
                sourced.merge(group, Double.parseDouble(share), Double::sum);
                facts.add(country(country), "IMPORTS_FROM", country(supplier))
                        .set("resource", resource)
                        .set("share", share)
                        .set("year", Integer.toString(year))
                        .write(countryNames.get(country) + " sources " + share + " of its "
                                + resource.substring(resource.indexOf(':') + 1) + " imports from "
                                + countryNames.get(supplier) + " (" + year + ").");
            } else {
                String amount = Long.toString(1_000_000L * (1 + random.nextInt(5_000)));
                facts.add(country(country), "EXPORTS", mineral(mineral))
                        .set("year", Integer.toString(year))
                        .set("amount", amount)
                        .set("unit", "USD")
                        .write(countryNames.get(country) + " exported " + Catalog.MINERALS.get(mineral) + " worth "
                                + amount + " USD in " + year + ".");
            }
        }
    }

    private String country(int i) {
        return "country:" + countryKeys.get(i);
    }

    private static String mineral(int i) {
        return "mineral:" + Catalog.MINERALS.get(i);
    }

    private static String technology(int i) {
        return "technology:" + Catalog.TECHNOLOGIES.get(i);
    }

    private String institution(int i) {
        return "institution:ministry-of-industry-" + countryKeys.get(i).toLowerCase(Locale.ROOT);
    }

    private String person(int i) {
        return "person:" + Names.kebab(names.person(i)) + "-" + i;
    }

    private String firm(int i) {
        return "firm:" + Names.kebab(names.firm(i)) + "-" + i;
    }

    private String facility(int i) {
        return "facility:" + Names.kebab(names.place(Catalog.COUNTRIES + i)) + "-" + facilityType(i) + "-" + i;
    }

    private String agreement(int i) {
        return "agreement:" + agreementType(i) + "-" + i;
    }

    private static String source(int i) {
        return "source:synthetic-" + i;
    }

    private static String facilityType(int i) {
        return Catalog.FACILITY_TYPES.get(i % Catalog.FACILITY_TYPES.size());
    }

    private static String agreementType(int i) {
        return Catalog.AGREEMENT_TYPES.get(i % Catalog.AGREEMENT_TYPES.size());
    }

    private String sourceList(Random random) {
        int first = random.nextInt(sources);
        if (random.nextInt(4) != 0) {
            return source(first);
        }
        return source(first) + ";" + source((first + 1 + random.nextInt(sources - 1)) % sources);
    }

    /**
     * Zipf (exponent 1) over {@code [0, n)}: the inverse of its continuous CDF, ln(k) / ln(n + 1);
     * StrictMath keeps the result identical on every JVM.
     */
    private static int zipf(Random random, int n) {
        int k = (int) StrictMath.floor(StrictMath.exp(random.nextDouble() * StrictMath.log(n + 1.0))) - 1;
        return Math.max(0, Math.min(n - 1, k));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String date(Random random, int year) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static String fraction(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String title(String key) {
        String words = key.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static CSVPrinter printer(Path file) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSV);
    }

    /** relationships.csv, with one id sequence and the count per type; stops accepting at the target size. */
    private final class Facts implements AutoCloseable {

        private final CSVPrinter out;
        private final Random random;
        private final Map<String, Long> byType = new TreeMap<>();
        private long written;

        Facts(CSVPrinter out, Random random) throws IOException {
            this.out = out;
            this.random = random;
            out.printRecord(ImportSchema.RELATIONSHIPS.columnNames());
        }

        boolean full() {
            return written >= relationships;
        }

        Fact add(String start, String type, String end) {
            return new Fact(this, start, type, end);
        }

        void write(Fact fact, String evidence) throws IOException {
            int confidence = random.nextInt(20);
            fact.values.put("id", "fact:" + fact.values.get("type").toLowerCase(Locale.ROOT).replace('_', '-') + "-" + written);
            fact.values.put("sources", sourceList(random));
            fact.values.put("evidence", evidence);
            fact.values.put("confidence", confidence < 10 ? "high" : confidence < 17 ? "medium" : "low");
            out.printRecord(fields(ImportSchema.RELATIONSHIPS, fact.values));
            written++;
            byType.merge(fact.values.get("type"), 1L, Long::sum);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class Fact {
        private final Facts facts;
        private final Map<String, String> values = new TreeMap<>();

        Fact(Facts facts, String start, String type, String end) {
            this.facts = facts;
            values.put("start", start);
            values.put("type", type);
            values.put("end", end);
        }

        Fact set(String column, String value) {
            values.put(column, value);
            return this;
        }

        void write(String evidence) throws IOException {
            facts.write(this, evidence);
        }
    }
}
