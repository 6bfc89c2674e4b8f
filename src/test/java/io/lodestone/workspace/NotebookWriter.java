package io.lodestone.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.lodestone.workspace.InvestigationBook.Figure;
import io.lodestone.workspace.InvestigationBook.Investigation;
import io.lodestone.workspace.InvestigationBook.Step;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an investigation as a Jupyter notebook (nbformat 4): narrative, the connection cell
 * ({@code notebooks/cells/setup.py}), then per step the narrative, a cell that runs the step's
 * query through Neo4j's HTTP Query API (its text copied from the .cypher file by this generator,
 * never by hand) and checks the row the text relies on, and what the result shows; then the
 * figures ({@code notebooks/cells/*.py}). Tooling: the service never runs it; {@link NotebooksTest}
 * executes what it writes and commits the notebooks with their outputs.
 */
final class NotebookWriter {

    static final Path CELLS = Path.of("notebooks/cells");

    private final JsonMapper json = JsonMapper.builder().build();

    String write(Investigations investigations, Investigation investigation) {
        ObjectNode notebook = json.createObjectNode();
        ArrayNode cells = notebook.putArray("cells");
        List<String> intro = new ArrayList<>();
        intro.add("# " + investigation.title());
        investigation.narrative().forEach(text -> intro.add("\n" + text));
        intro.add("\nEach query below is generated from a file in the repository's `cypher/` directory (see"
                + " `cypher/investigations/investigations.json`); the service and the Browser guide run the same files."
                + " The queries go through Neo4j's HTTP Query API (`NEO4J_HTTP_URL`, default the embedded server's"
                + " `http://127.0.0.1:7474`; `NEO4J_USERNAME`, `NEO4J_PASSWORD`, `NEO4J_DATABASE` for another server),"
                + " the figures through Lodestone's API (`LODESTONE_URL`, default `http://127.0.0.1:8080`).");
        markdown(cells, String.join("\n", intro));
        code(cells, read(CELLS.resolve("setup.py")));
        for (Step step : investigation.steps()) {
            List<String> text = new ArrayList<>();
            text.add("## " + step.title());
            step.narrative().forEach(line -> text.add("\n" + line));
            text.add("\nQuery: `cypher/" + step.query() + "`");
            markdown(cells, String.join("\n", text));
            code(cells, "query = \"\"\"\n" + pythonString(investigations.query(step), step) + "\n\"\"\"\n"
                    + "params = " + python(step.parameters()) + "\n"
                    + "rows = show(query, params)\n"
                    + "expect_row(rows, " + python(step.expect()) + ")");
            markdown(cells, "**What it shows.** " + String.join("\n\n", step.shows()));
        }
        for (Figure figure : investigation.figures()) {
            List<String> text = new ArrayList<>();
            text.add("## Figure: " + figure.title());
            figure.narrative().forEach(line -> text.add("\n" + line));
            text.add("\nCode: `notebooks/" + figure.code() + "`");
            markdown(cells, String.join("\n", text));
            code(cells, read(Path.of("notebooks").resolve(figure.code())));
            markdown(cells, "**What it shows.** " + String.join("\n\n", figure.shows()));
        }
        ObjectNode metadata = notebook.putObject("metadata");
        ObjectNode kernel = metadata.putObject("kernelspec");
        kernel.put("display_name", "Python 3");
        kernel.put("language", "python");
        kernel.put("name", "python3");
        metadata.putObject("language_info").put("name", "python");
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        return json.writeValueAsString(notebook);
    }

    /** The query goes into a Python triple-quoted string: it must not end it or escape anything. */
    private static String pythonString(String query, Step step) {
        if (query.contains("\"\"\"") || query.contains("\\")) {
            throw new IllegalStateException("cypher/" + step.query() + " holds \"\"\" or a backslash; a notebook cannot quote it as is.");
        }
        return query;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parameter values as Python literals (they are JSON values). */
    static String python(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(NotebookWriter::python).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> python(e.getKey()) + ": " + python(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    private void markdown(ArrayNode cells, String text) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "markdown");
        cell.put("id", "c" + cells.size());
        cell.putObject("metadata");
        source(cell, text);
    }

    private void code(ArrayNode cells, String text) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "code");
        cell.putNull("execution_count");
        cell.put("id", "c" + cells.size());
        cell.putObject("metadata");
        cell.putArray("outputs");
        source(cell, text);
    }

    /** Jupyter keeps a cell's source as lines, each but the last ending in a newline. */
    private static void source(ObjectNode cell, String text) {
        ArrayNode lines = cell.putArray("source");
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            lines.add(i < split.length - 1 ? split[i] + "\n" : split[i]);
        }
    }
}
