package io.lodestone.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldGeneratorTest {

    private static final Path TYPES = Path.of("import/relationship-types.csv");

    @TempDir
    Path dir;

    @Test
    void theSameSeedAndSizeGiveByteIdenticalFiles() throws IOException {
        new WorldGenerator(42, 10_000).write(dir.resolve("a"), TYPES);
        new WorldGenerator(42, 10_000).write(dir.resolve("b"), TYPES);

        List<String> files = fileNames(dir.resolve("a"));
        assertThat(files).hasSize(13).isEqualTo(fileNames(dir.resolve("b")));
        for (String file : files) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesAnotherWorld() throws IOException {
        new WorldGenerator(42, 10_000).write(dir.resolve("a"), TYPES);
        new WorldGenerator(43, 10_000).write(dir.resolve("b"), TYPES);

        for (String file : List.of("relationships.csv", "firms.csv", "sources.csv")) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
                    .as(file).isNotEqualTo(-1L);
        }
    }

    @Test
    void sizeSHasTenThousandFactsOfEveryKindOverAFixedWorld() throws IOException {
        WorldSummary world = new WorldGenerator(1, 10_000).write(dir, TYPES);

        assertThat(rows(dir.resolve("relationships.csv"))).hasSize(10_000);
        assertThat(world.relationships()).isEqualTo(10_000);
        assertThat(world.entitiesByFile()).containsEntry("countries.csv", 250L).containsEntry("minerals.csv", 60L);
        assertThat(world.entitiesByFile().get("firms.csv")).isGreaterThanOrEqualTo(500);
        assertThat(world.relationshipsByType()).containsKeys("OWNS", "SUBSIDIARY_OF", "LOCATED_IN", "OPERATES",
                "PRODUCES", "IMPORTS_FROM", "PARTY_TO", "COVERS", "RESTRICTS_EXPORT_OF", "HEADQUARTERED_IN", "LEADS");
        assertThat(rows(dir.resolve("countries.csv"))).extracting(r -> r.get("id"))
                .contains("country:VN", "country:CN", "country:US", "country:AA")
                .allMatch(id -> id.matches("country:[A-Z]{2}"));
    }

    @Test
    void aCustomSizeIsExactAndTheLargerSizesScaleTheActors() {
        assertThat(GenerateWorldCommand.relationships("M")).isEqualTo(100_000);
        assertThat(GenerateWorldCommand.relationships("l")).isEqualTo(1_000_000);
        assertThat(GenerateWorldCommand.relationships("2_500")).isEqualTo(2_500);
        assertThatThrownBy(() -> new WorldGenerator(1, 999)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCustomCountIsWrittenExactly() throws IOException {
        WorldSummary world = new WorldGenerator(5, 2_500).write(dir, TYPES);

        assertThat(rows(dir.resolve("relationships.csv"))).hasSize(2_500);
        assertThat(world.relationships()).isEqualTo(2_500);
    }

    @Test
    void ownershipFollowsAPowerLaw() throws IOException {
        new WorldGenerator(3, 10_000).write(dir, TYPES);
        Map<String, Integer> subsidiaries = new HashMap<>();
        for (CSVRecord row : rows(dir.resolve("relationships.csv"))) {
            if (row.get("type").equals("SUBSIDIARY_OF")) {
                subsidiaries.merge(row.get("end"), 1, Integer::sum);
            }
        }
        List<Integer> counts = subsidiaries.values().stream().sorted(Comparator.reverseOrder()).toList();
        int total = counts.stream().mapToInt(Integer::intValue).sum();

        // A handful of groups own a large part of all firms, most parents own one or two.
        assertThat(counts.subList(0, 5).stream().mapToInt(Integer::intValue).sum()).isGreaterThan(total / 5);
        assertThat(counts.get(counts.size() / 2)).isLessThanOrEqualTo(2);
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }
}
