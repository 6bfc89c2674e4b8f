package io.lodestone.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lodestone.embedded.EmbeddedNeo4j;
import io.lodestone.workspace.InvestigationBook.Investigation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Executes every notebook top to bottom with Debian's Jupyter (python3-nbclient) against the
 * embedded database's HTTP Query API and the service's API, as an investigator would run them.
 * A cell that raises fails the test, and so does a step whose expected row is missing (the
 * notebook checks it itself). The committed notebooks must hold what a fresh run states: their
 * {@code ✔} lines (row counts, expected rows, figures) are compared, not their bytes, and every
 * figure cell must hold its chart. Refresh them with
 * {@code ./mvnw -q test -Dtest=NotebooksTest -Dlodestone.workspace.write=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lodestone.embedded.bolt-port=0",
        "lodestone.embedded.http-port=0",
        // Its own database, imported afresh: the notebooks state figures of the seed graph, which the
        // tests sharing LodestoneTest's database change (imports, ingests) in an order of their own.
        "lodestone.embedded.data-dir=target/notebooks-graph",
        "lodestone.import.on-startup=always",
        "lodestone.documents.directory=target/notebooks-documents"
})
// a database no other class uses: stopped when the class ends, not kept in the context cache
@DirtiesContext
// Alone: its notebooks project graphs with GDS, whose catalog any other class's database stopping empties
// (LodestoneTest.GDS_CATALOG) — the sequential classes stop theirs too (@DirtiesContext).
@Isolated
class NotebooksTest {

    static final String PYTHON = "/usr/bin/python3";
    private static final Path WORK = Path.of("target/notebooks");

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    Investigations investigations;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyNotebookRunsTopToBottomAndStatesWhatTheCommittedOneStates() throws Exception {
        assumeTrue(jupyterInstalled(), "Debian's Jupyter packages are missing, so the notebooks are not executed:"
                + " apt-get install python3-nbclient python3-ipykernel python3-pandas python3-matplotlib python3-requests"
                + " python3-nbformat (.ci/run installs them)");
        Path sources = WORK.resolve("generated");
        Path executed = WORK.resolve("executed");
        Files.createDirectories(sources);
        NotebookWriter writer = new NotebookWriter();
        List<String> command = new ArrayList<>(List.of(PYTHON, "src/test/python/execute_notebooks.py", executed.toString()));
        for (Investigation investigation : investigations.book().investigations()) {
            Path notebook = sources.resolve(investigation.id() + ".ipynb");
            Files.writeString(notebook, writer.write(investigations, investigation));
            command.add(notebook.toString());
        }

        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("execute.log").toFile());
        builder.environment().put("NEO4J_HTTP_URL", neo4j.httpUri().toString());
        builder.environment().put("LODESTONE_URL", "http://localhost:" + port);
        builder.environment().put("MPLBACKEND", "module://matplotlib_inline.backend_inline");
        builder.environment().remove("NEO4J_PASSWORD");
        Process process = builder.start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(WORK.resolve("execute.log"), StandardCharsets.UTF_8);
        assertThat(finished && process.exitValue() == 0).as("the notebooks ran without error:%n%s", log).isTrue();

        boolean write = Boolean.getBoolean("lodestone.workspace.write");
        for (Investigation investigation : investigations.book().investigations()) {
            String name = investigation.id() + ".ipynb";
            JsonNode fresh = json.readTree(executed.resolve(name).toFile());
            List<String> stated = Notebooks.stated(fresh);
            assertThat(stated).as("%s states a row per step and its figures", name)
                    .hasSizeGreaterThanOrEqualTo(investigation.steps().size() + investigation.figures().size());
            assertThat(Notebooks.figureCellsWithoutChart(fresh, investigation)).as("%s: figure cells without a chart", name).isEmpty();
            Path committed = WorkspaceFilesTest.NOTEBOOKS.resolve(name);
            if (write) {
                Files.copy(executed.resolve(name), committed, StandardCopyOption.REPLACE_EXISTING);
            }
            JsonNode stored = json.readTree(committed.toFile());
            assertThat(Notebooks.stated(stored)).as("%s as committed states what a fresh run states; refresh it with"
                    + " ./mvnw -q test -Dtest=NotebooksTest -Dlodestone.workspace.write=true", name).isEqualTo(stated);
            assertThat(Notebooks.figureCellsWithoutChart(stored, investigation)).as("%s as committed: figure cells without a chart", name).isEmpty();
        }
    }

    private static boolean jupyterInstalled() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        Process probe = new ProcessBuilder(PYTHON, "-c", "import nbclient, nbformat, ipykernel, pandas, matplotlib, requests")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
    }
}
