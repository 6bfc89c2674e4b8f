package io.lodestone.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.lodestone.GraphState;
import io.lodestone.ImportFilesCopy;
import io.lodestone.LodestoneTest;
import io.lodestone.graph.CypherFiles;
import org.springframework.util.unit.DataSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

/** The real import files loaded into the real embedded database. */
@LodestoneTest
class GraphImportTest {

    @Autowired
    Driver driver;

    @Autowired
    GraphImporter importer;

    @Autowired
    CypherFiles cypher;

    @TempDir
    Path dir;

    @Test
    void vietnamProducesTungstenBauxiteAndGalliumPerTheRawMaterialsReport() {
        List<String> minerals = query("""
                MATCH (:Country {id: 'country:VN'})-[r:PRODUCES]->(m:Mineral)
                WHERE 'source:rawmaterials-2026-01-29' IN r.sources
                RETURN m.id AS id""").stream().map(r -> r.get("id").asString()).toList();

        assertThat(minerals).contains("mineral:tungsten", "mineral:bauxite", "mineral:gallium");
    }

    @Test
    void vietnamBansExportsOfUnprocessedRareEarths() {
        assertThat(query("""
                MATCH (:Country {id: 'country:VN'})-[r:RESTRICTS_EXPORT_OF]->(:Mineral {id: 'mineral:rare-earths'})
                RETURN r""")).isNotEmpty();
    }

    @Test
    void theEuAndVietnamArePartiesToTheFtaInForceSinceAugust2020() {
        List<Record> parties = query("""
                MATCH (party)-[:PARTY_TO]->(a:Agreement {id: 'agreement:eu-vn-fta'})
                RETURN collect(party.id) AS parties, a.inForceDate AS inForce""");

        assertThat(parties.get(0).get("parties").asList()).contains("bloc:EU", "country:VN");
        assertThat(parties.get(0).get("inForce").asString()).isEqualTo("2020-08-01");
    }

    @Test
    void intelAndAmkorPackageAndTestChipsInVietnam() {
        List<String> firms = query("""
                MATCH (f:Firm)-[r:OPERATES_IN]->(:Country {id: 'country:VN'})
                WHERE toLower(r.activity) CONTAINS 'packaging'
                RETURN f.id AS id""").stream().map(r -> r.get("id").asString()).toList();

        assertThat(firms).contains("firm:intel", "firm:amkor-technology");
    }

    @Test
    void huaweiWasAwardedConstructionContractsInVietnam() {
        assertThat(query("""
                MATCH (:Country {id: 'country:VN'})-[r:AWARDED_CONTRACT_TO]->(:Firm {id: 'firm:huawei'})
                RETURN r""")).isNotEmpty();
    }

    @Test
    void asmlIsHeadquarteredInTheNetherlands() {
        assertThat(query("""
                MATCH (:Firm {id: 'firm:asml'})-[:HEADQUARTERED_IN]->(:Country {id: 'country:NL'})
                RETURN 1""")).isNotEmpty();
    }

    @Test
    void theJointStatementCoversCriticalMineralsSemiconductorsAnd5g() {
        List<String> covered = query("""
                MATCH (:Agreement {id: 'agreement:eu-vn-joint-statement-2026'})-[:COVERS]->(r)
                RETURN r.id AS id""").stream().map(r -> r.get("id").asString()).toList();

        assertThat(covered).contains("technology:semiconductors", "technology:5g");
        assertThat(covered).anyMatch(id -> id.equals("technology:critical-minerals") || id.equals("mineral:rare-earths"));
    }

    @Test
    void theJointStatementWasADraftThenSignedEachStatusWithItsSource() {
        List<Record> history = query("""
                MATCH (:Agreement {id: 'agreement:eu-vn-joint-statement-2026'})-[r:HAS_STATUS]->(s:Status)
                WITH s.id AS status, r.date AS date, collect(r.sources) AS sources ORDER BY date
                RETURN status, date, reduce(all = [], list IN sources | all + list) AS sources""");

        assertThat(history).extracting(r -> r.get("status").asString() + "@" + r.get("date").asString())
                .containsExactly("status:draft@2026-01-28", "status:signed@2026-01-29");
        assertThat(history.get(0).get("sources").asList()).contains("source:commodities-2026-01-28");
        assertThat(history.get(1).get("sources").asList()).contains("source:rawmaterials-2026-01-29");
    }

    @Test
    void antonioCostaLeadsTheEuropeanCouncilAndToLamTheCommunistParty() {
        assertThat(query("""
                MATCH (:Person {id: 'person:antonio-costa'})-[:LEADS]->(:Institution {id: 'institution:european-council'})
                RETURN 1""")).isNotEmpty();
        assertThat(query("""
                MATCH (:Person {id: 'person:to-lam'})-[:LEADS]->(:Institution {id: 'institution:communist-party-of-vietnam'})
                RETURN 1""")).isNotEmpty();
    }

    @Test
    void everyRelationshipHasKnownSourcesEvidenceAndConfidence() {
        Record unsourced = query("""
                MATCH ()-[r]->()
                WHERE r.id STARTS WITH 'fact:'
                OPTIONAL MATCH (s:Source) WHERE s.id IN r.sources
                WITH r, count(s) AS known
                WHERE size(coalesce(r.sources, [])) = 0 OR known <> size(r.sources)
                   OR r.evidence IS NULL OR NOT r.confidence IN ['high', 'medium', 'low']
                RETURN count(r) AS bad, collect(r.id)[0..5] AS examples""").get(0);
        long withoutId = query("MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NULL RETURN count(r) AS n").get(0).get("n").asLong();

        assertThat(unsourced.get("bad").asLong()).as("facts without sources: %s", unsourced.get("examples")).isZero();
        assertThat(withoutId).as("relationships that are not facts of the import").isZero();
    }

    @Test
    void atLeast250ReferenceFactsAreMapped() {
        long lines = query("""
                MATCH ()-[r]->()
                UNWIND r.origin AS origin
                WITH origin WHERE origin STARTS WITH 'reference/facts.tsv:'
                RETURN count(DISTINCT origin) AS lines""").get(0).get("lines").asLong();

        assertThat(lines).isGreaterThanOrEqualTo(250);
    }

    @Test
    void conflictingFiguresAreKeptAsSeparateFacts() {
        List<Record> reserves = query("""
                MATCH (:Country {id: 'country:VN'})-[r:HAS_RESERVES]->(:Mineral {id: 'mineral:bauxite'})
                RETURN r.amount AS amount, r.sources AS sources""");

        assertThat(reserves).extracting(r -> r.get("amount").asDouble()).contains(5.8e9, 3.1e9);
    }

    @Test
    void aSecondImportChangesNothing() {
        Map<String, Object> before = size();

        ImportReport report = importer.importGraph();

        assertThat(size()).isEqualTo(before);
        assertThat(report.nodesCreated()).isZero();
        assertThat(report.nodesDeleted()).isZero();
        assertThat(report.relationshipsCreated()).isZero();
        assertThat(report.relationshipsDeleted()).isZero();
        assertThat(report.facts()).isEqualTo(before.get("facts"));
    }

    @Test
    void brokenFilesAreRejectedAndTheGraphIsUnchanged() {
        ImportFixture.copyTo(dir).replaceLine("relationships.csv", 2, "fact:x,country:VN,PRODUCES");
        Map<String, Object> before = size();
        GraphImporter broken = new GraphImporter(driver, cypher,
                new ImportProperties(dir, ImportProperties.OnStartup.NEVER, Duration.ofMinutes(1), DataSize.ofMegabytes(64)), "neo4j", event -> { });

        assertThatThrownBy(broken::importGraph).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("relationships.csv:2: has 3 fields, the header has 23");
        assertThat(size()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"truncated-in-quote", "utf-16", "latin-1", "nul-byte", "binary-garbage", "huge-field", "empty"})
    void aCorruptedCopyOfTheRealFilesIsRejectedWithFileAndLineAndTheGraphIsUnchanged(String corruption) throws IOException {
        ImportFilesCopy.into(dir);
        Path relationships = dir.resolve("relationships.csv");
        byte[] original = Files.readAllBytes(relationships);
        String text = new String(original, StandardCharsets.UTF_8);
        byte[] corrupted = switch (corruption) {
            case "truncated-in-quote" -> text.substring(0, text.indexOf(",\"", text.length() / 2) + 10).getBytes(StandardCharsets.UTF_8);
            case "utf-16" -> text.getBytes(StandardCharsets.UTF_16);
            case "latin-1" -> (text + "fact:x,country:VN,PRODUCES,mineral:gallium,,,,,,,,,,,,,,,source:x,Viét,high,,\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            case "nul-byte" -> text.replaceFirst("\n", "\u0000\n").getBytes(StandardCharsets.UTF_8);
            case "binary-garbage" -> {
                byte[] garbage = new byte[original.length];
                new Random(7).nextBytes(garbage);
                yield garbage;
            }
            case "huge-field" -> text.replaceFirst("\n(fact:[^,]*),", "\n$1" + "x".repeat(50_000) + ",").getBytes(StandardCharsets.UTF_8);
            default -> new byte[0];
        };
        Files.write(relationships, corrupted);
        Map<String, Object> before = GraphState.of(driver, cypher);
        GraphImporter importer = new GraphImporter(driver, cypher,
                new ImportProperties(dir, ImportProperties.OnStartup.NEVER, Duration.ofMinutes(1), DataSize.ofMegabytes(64)), "neo4j", event -> { });

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, importer::importGraph);

        assertThat(rejected).as("the importer should reject the files").isNotNull();
        assertThat(rejected.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.toString()).matches("relationships\\.csv:\\d+: .+");
            assertThat(problem.toString().length()).isLessThan(400);
        });
        assertThat(GraphState.of(driver, cypher)).isEqualTo(before);
    }

    @Test
    void aFailureHalfWayLeavesThePreviousGraphIntact() {
        // Make the graph differ from the files, so that an import would visibly repair it ...
        query("MATCH ()-[r {id: 'fact:vn-produces-tungsten-s0'}]->() SET r.evidence = 'tampered' RETURN r");
        Map<String, Object> before = size();
        CypherFiles failingLastStep = new CypherFiles() {
            @Override
            public String get(String path) {
                return path.equals("import/prune.cypher") ? "UNWIND [0] AS zero RETURN 1 / zero" : super.get(path);
            }
        };
        GraphImporter failing = new GraphImporter(driver, failingLastStep,
                new ImportProperties(Path.of("import"), ImportProperties.OnStartup.NEVER, Duration.ofMinutes(1), DataSize.ofMegabytes(64)), "neo4j", event -> { });
        try {
            // ... then fail after every load step has run: nothing of it may remain.
            assertThatThrownBy(failing::importGraph).hasMessageContaining("/ by zero");
            assertThat(size()).isEqualTo(before);
            assertThat(query("MATCH ()-[r {id: 'fact:vn-produces-tungsten-s0'}]->() RETURN r.evidence AS e")
                    .get(0).get("e").asString()).isEqualTo("tampered");
        } finally {
            importer.importGraph();
        }
        assertThat(query("MATCH ()-[r {id: 'fact:vn-produces-tungsten-s0'}]->() RETURN r.evidence AS e")
                .get(0).get("e").asString()).isNotEqualTo("tampered");
    }

    private Map<String, Object> size() {
        return query(cypher.get("import/graph-size.cypher")).get(0).asMap();
    }

    private List<Record> query(String cypher) {
        return driver.executableQuery(cypher).execute().records();
    }
}
