package io.lodestone.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.lodestone.ImportFilesCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The service's own writes to the import files: appended rows and whole-file rewrites, checked before they replace anything. */
class ImportFilesTest {

    private static ImportFiles files(Path directory) throws Exception {
        ImportFilesCopy.into(directory);
        return new ImportFiles(new ImportProperties(directory, ImportProperties.OnStartup.NEVER, Duration.ofMinutes(1),
                DataSize.ofMegabytes(64)));
    }

    @Test
    void aFileWrittenBeforeAnOptionalColumnGainsItWithTheFirstRowThatHasIt(@TempDir Path directory) throws Exception {
        ImportFiles files = files(directory);
        Path sources = directory.resolve("sources.csv");
        // sources.csv as it was before the document column: the column and its (empty) fields gone
        String old = Files.readAllLines(sources).stream().map(line -> line.substring(0, line.lastIndexOf(',')))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(sources, old);
        ImportValidator.validate(directory);

        Map<String, String> row = new LinkedHashMap<>(Map.of("id", "source:document-00000000000000a1", "title", "A test report",
                "publisher", "Lodestone test wire", "date", "2026-01-20", "kind", "news", "document", "document:00000000000000a1"));
        assertThat(files.append(Map.of(ImportFiles.SOURCES, List.of(row)))).containsExactly(row.get("id"));

        assertThat(Files.readAllLines(sources).get(0)).endsWith(",kind,document");
        assertThat(files.row(ImportFiles.SOURCES, row.get("id")).orElseThrow()).containsEntry("document", "document:00000000000000a1");
        assertThat(ImportValidator.validate(directory).sourceIds()).contains(row.get("id"));
    }

    @Test
    void aRewriteTheValidatorRefusesReplacesNothing(@TempDir Path directory) throws Exception {
        ImportFiles files = files(directory);
        String facts = Files.readString(directory.resolve("relationships.csv"));
        String firms = Files.readString(directory.resolve("firms.csv"));

        // Nokia's row dropped while facts still name it: every file checked together, none replaced.
        assertThatThrownBy(() -> files.rewrite(new LinkedHashMap<>(Map.of(
                "firms.csv", r -> "firm:nokia".equals(r.get("id")) ? null : r))))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("firm:nokia");
        assertThat(Files.readString(directory.resolve("firms.csv"))).isEqualTo(firms);
        assertThat(Files.readString(directory.resolve("relationships.csv"))).isEqualTo(facts);
        try (var list = Files.list(directory)) {
            assertThat(list.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }

        // The same change with the facts moved first is valid, and both files are replaced.
        Map<String, java.util.function.UnaryOperator<Map<String, String>>> changes = new LinkedHashMap<>();
        changes.put(ImportFiles.RELATIONSHIPS, r -> {
            r.replaceAll((column, value) -> "firm:nokia".equals(value) ? "firm:ericsson" : value);
            return r;
        });
        changes.put("firms.csv", r -> "firm:nokia".equals(r.get("id")) ? null : r);
        assertThat(files.rewrite(changes)).containsExactly(ImportFiles.RELATIONSHIPS, "firms.csv");
        assertThat(Files.readString(directory.resolve("firms.csv"))).doesNotContain("firm:nokia,");
        assertThat(Files.readString(directory.resolve("relationships.csv"))).doesNotContain("firm:nokia,");
        assertThat(ImportValidator.validate(directory).entityIds()).doesNotContain("firm:nokia");
    }
}
