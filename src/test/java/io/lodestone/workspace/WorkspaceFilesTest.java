package io.lodestone.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.lodestone.graph.CypherFiles;
import io.lodestone.workspace.InvestigationBook.Investigation;
import io.lodestone.workspace.InvestigationBook.Step;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed notebooks hold exactly the cells the generator makes of the definitions, query
 * files and {@code notebooks/cells/}; {@link NotebooksTest} executes them and refreshes the
 * committed ones with their outputs ({@code -Dlodestone.workspace.write=true}).
 */
class WorkspaceFilesTest {

    static final Path NOTEBOOKS = Path.of("notebooks");
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Investigations investigations = new Investigations(new CypherFiles());
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theNotebooksHoldTheCellsTheirGeneratorMakes() {
        NotebookWriter writer = new NotebookWriter();
        for (Investigation investigation : investigations.book().investigations()) {
            JsonNode generated = json.readTree(writer.write(investigations, investigation));
            Path file = NOTEBOOKS.resolve(investigation.id() + ".ipynb");
            assertThat(file).as("%s; create it with ./mvnw -q test -Dtest=NotebooksTest -Dlodestone.workspace.write=true", file).exists();
            assertThat(Notebooks.sources(json.readTree(file.toFile()))).as("%s is stale; refresh it with"
                    + " ./mvnw -q test -Dtest=NotebooksTest -Dlodestone.workspace.write=true", file)
                    .isEqualTo(Notebooks.sources(generated));
        }
    }

    @Test
    void everyNotebookBelongsToAnInvestigation() throws IOException {
        Set<String> expected = investigations.book().investigations().stream()
                .map(investigation -> investigation.id() + ".ipynb").collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".ipynb")))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyStepGivesEveryParameterItsQueryUses() {
        assertThat(investigations.book().investigations()).hasSize(5);
        for (Investigation investigation : investigations.book().investigations()) {
            assertThat(investigation.steps()).as(investigation.id()).isNotEmpty();
            for (Step step : investigation.steps()) {
                Matcher matcher = PARAMETER.matcher(investigations.query(step));
                while (matcher.find()) {
                    assertThat(step.parameters()).as("%s: %s", investigation.id(), step.query()).containsKey(matcher.group(1));
                }
                assertThat(step.shows()).as("%s: %s", investigation.id(), step.title()).isNotEmpty();
                assertThat(step.expect()).as("%s: %s", investigation.id(), step.title()).isNotEmpty();
            }
            investigation.figures().forEach(figure -> assertThat(NOTEBOOKS.resolve(figure.code()))
                    .as("%s: %s", investigation.id(), figure.title()).isRegularFile());
        }
    }

    @Test
    void theGuideGivesEveryStepItsParametersAndQuery() {
        String guide = GuideWriter.write(investigations);
        int steps = investigations.book().investigations().stream().mapToInt(i -> i.steps().size()).sum();

        assertThat(guide).startsWith("<article class=\"guide\">");
        assertThat(guide.split("<slide ", -1)).hasSize(1 + 1 + 5 + steps);
        assertThat(GuideBlocks.of(guide)).hasSize(steps);
    }
}
