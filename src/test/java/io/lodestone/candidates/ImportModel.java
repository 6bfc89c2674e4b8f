package io.lodestone.candidates;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A {@link Proposer} learnt from the files of import/ as the graph would give them (no database). */
final class ImportModel {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private ImportModel() {
    }

    /** The proposer; with {@code agreements}, it also knows the agreements' names and aliases (to resolve descriptions). */
    static Proposer proposer(boolean agreements) {
        try {
            Map<String, String> names = new HashMap<>();
            Map<String, List<String>> statuses = new TreeMap<>();
            Map<String, List<String>> described = new TreeMap<>();
            List<RelationshipRule> rules = new ArrayList<>();
            try (var files = Files.list(Path.of("import"))) {
                for (Path file : files.sorted().toList()) {
                    for (CSVRecord row : read(file)) {
                        if (file.endsWith("relationship-types.csv")) {
                            rules.add(new RelationshipRule(row.get("type"), kinds(row.get("startKinds")), kinds(row.get("endKinds")), null));
                        } else if (row.isMapped("name")) {
                            names.put(row.get("id"), row.get("name"));
                            List<String> all = new ArrayList<>(List.of(row.get("name")));
                            if (row.isMapped("aliases") && !row.get("aliases").isBlank()) {
                                all.addAll(Arrays.asList(row.get("aliases").split(";")));
                            }
                            if (row.get("id").startsWith("status:")) {
                                statuses.put(row.get("id"), all);
                            } else if (agreements && row.get("id").startsWith("agreement:")) {
                                described.put(row.get("id"), all);
                            }
                        }
                    }
                }
            }
            List<CuratedFact> facts = read(Path.of("import/relationships.csv")).stream()
                    .map(r -> new CuratedFact(r.get("id"), r.get("type"), r.get("start"), names.get(r.get("start")), r.get("end"),
                            names.get(r.get("end")), r.get("evidence")))
                    .toList();
            return new Proposer(EvidenceIndex.of(facts), rules, statuses, described);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSV.parse(reader).getRecords();
        }
    }

    private static Set<String> kinds(String list) {
        return Arrays.stream(list.split(";")).collect(Collectors.toSet());
    }
}
