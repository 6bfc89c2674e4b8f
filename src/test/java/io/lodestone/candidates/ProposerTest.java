package io.lodestone.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.lodestone.documents.DocumentIngested;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The proposals from the test report, learnt from the curated facts of import/ (no database). */
class ProposerTest {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static Proposer proposer;

    @BeforeAll
    static void learn() throws IOException {
        Map<String, String> names = new HashMap<>();
        List<RelationshipRule> rules = new ArrayList<>();
        try (var files = Files.list(Path.of("import"))) {
            for (Path file : files.toList()) {
                for (CSVRecord row : read(file)) {
                    if (file.endsWith("relationship-types.csv")) {
                        rules.add(new RelationshipRule(row.get("type"), kinds(row.get("startKinds")), kinds(row.get("endKinds")), null));
                    } else if (row.isMapped("name")) {
                        names.put(row.get("id"), row.get("name"));
                    }
                }
            }
        }
        List<CuratedFact> facts = read(Path.of("import/relationships.csv")).stream()
                .map(r -> new CuratedFact(r.get("id"), r.get("type"), r.get("start"), names.get(r.get("start")), r.get("end"),
                        names.get(r.get("end")), r.get("evidence")))
                .toList();
        Map<String, String> statuses = new java.util.TreeMap<>();
        names.forEach((id, name) -> {
            if (id.startsWith("status:")) {
                statuses.put(id, name);
            }
        });
        proposer = new Proposer(EvidenceIndex.of(facts), rules, statuses, Map.of());
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSV.parse(reader).getRecords();
        }
    }

    private static Set<String> kinds(String list) {
        return Arrays.stream(list.split(";")).collect(Collectors.toSet());
    }

    private static Proposal between(List<Proposal> proposals, String a, String b) {
        return proposals.stream().filter(p -> a.equals(p.start().id()) && b.equals(p.end().id())
                        || b.equals(p.start().id()) && a.equals(p.end().id()))
                .findFirst().orElseThrow(() -> new AssertionError("no candidate between " + a + " and " + b + ": " + proposals));
    }

    @Test
    void typesDirectionsDatesAndValues() {
        DocumentIngested report = TestReport.ingested();
        List<Proposal> proposals = proposer.propose(report.document(), report.sentences(), report.mentions());

        Proposal exports = between(proposals, "country:VN", "mineral:tungsten");
        assertThat(exports.type()).as(exports.why()).isIn("EXPORTS", "PRODUCES");
        assertThat(exports.start().id()).isEqualTo("country:VN");
        assertThat(exports.date()).isEqualTo("2025");
        assertThat(exports.amount()).isEqualByComparingTo("3400");
        assertThat(exports.why()).contains("export");

        Proposal operates = between(proposals, "firm:masan-high-tech-materials", "facility:nui-phao-mine");
        assertThat(operates.type()).as(operates.why()).isIn("OPERATES", "OWNS");
        assertThat(operates.start().id()).isEqualTo("firm:masan-high-tech-materials");

        Proposal restricts = between(proposals, "country:CN", "mineral:gallium");
        assertThat(restricts.type()).as(restricts.why()).isEqualTo("RESTRICTS_EXPORT_OF");
        assertThat(restricts.start().id()).isEqualTo("country:CN");

        Proposal acme = proposals.stream().filter(p -> p.start().id() == null || p.end().id() == null).findFirst().orElseThrow();
        assertThat(acme.start().name() + acme.end().name()).contains("Acme Lithium");
        assertThat(acme.date()).isEqualTo("2026-01-12");

        // Same input, same candidates (ids included).
        assertThat(proposer.propose(report.document(), report.sentences(), report.mentions())).isEqualTo(proposals);
        // Evidence is the document's text at the offsets.
        proposals.forEach(p -> assertThat(report.document().text().substring(p.evidenceStart(), p.evidenceEnd())).isEqualTo(p.evidence()));
    }
}
