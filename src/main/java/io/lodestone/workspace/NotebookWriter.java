package io.lodestone.workspace;

import java.util.ArrayList;
import java.util.List;

import io.lodestone.workspace.InvestigationBook.Investigation;
import io.lodestone.workspace.InvestigationBook.Step;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an investigation as a Jupyter notebook (nbformat 4): narrative, then per step the
 * narrative, a cell that runs the step's query (its text copied from the .cypher file by this
 * generator, never by hand) and what the result shows. Cells carry no outputs, so the files
 * change only when the definitions or queries do.
 */
final class NotebookWriter {

    static final String SETUP = """
            # Connection from the environment: the embedded default (bolt://127.0.0.1:7687, no authentication) or any server.
            import html
            import os

            from IPython.display import HTML, display
            from neo4j import GraphDatabase

            uri = os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687")
            if uri == "embedded":  # the service's own setting for its embedded database
                uri = "bolt://127.0.0.1:7687"
            password = os.environ.get("NEO4J_PASSWORD")
            auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), password) if password else None
            driver = GraphDatabase.driver(uri, auth=auth)
            database = os.environ.get("NEO4J_DATABASE", "neo4j")


            def cell(value):
                \"\"\"Nodes by name, relationships by type and evidence, lists joined.\"\"\"
                if hasattr(value, "labels"):
                    return value.get("name") or value.element_id
                if hasattr(value, "start_node"):
                    return f"{value.type}: {value.get('evidence') or ''}"
                if isinstance(value, list):
                    return "; ".join(str(cell(item)) for item in value)
                return value


            def show(query, params):
                \"\"\"Runs a query and shows its rows as a table; returns the records.\"\"\"
                records, _, keys = driver.execute_query(query, params, database_=database)
                head = "".join(f"<th>{html.escape(key)}</th>" for key in keys)
                rows = "".join("<tr>" + "".join(f"<td>{html.escape(str(cell(record[key])))}</td>" for key in keys) + "</tr>"
                               for record in records)
                display(HTML(f"<p>{len(records)} rows</p><table><tr>{head}</tr>{rows}</table>"))
                return records
            """;

    private final JsonMapper json = JsonMapper.builder().build();

    /** Laid out as Jupyter saves notebooks (one-space indent, a line per element), so saving one changes little. */
    private final PrettyPrinter layout = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter(" ", "\n"))
            .withArrayIndenter(new DefaultIndenter(" ", "\n"));

    String write(Investigations investigations, Investigation investigation) {
        ObjectNode notebook = json.createObjectNode();
        ArrayNode cells = notebook.putArray("cells");
        List<String> intro = new ArrayList<>();
        intro.add("# " + investigation.title());
        investigation.narrative().forEach(text -> intro.add("\n" + text));
        intro.add("\nEach query below is generated from a file in the repository's `cypher/` directory (see"
                + " `cypher/investigations/investigations.json`); the service and the Browser guide run the same files."
                + " Set `NEO4J_URI`, `NEO4J_USERNAME` and `NEO4J_PASSWORD` to use a server other than the embedded default.");
        markdown(cells, String.join("\n", intro));
        code(cells, SETUP.strip());
        for (Step step : investigation.steps()) {
            List<String> text = new ArrayList<>();
            text.add("## " + step.title());
            step.narrative().forEach(line -> text.add("\n" + line));
            text.add("\nQuery: `cypher/" + step.query() + "`");
            markdown(cells, String.join("\n", text));
            code(cells, "query = \"\"\"\n" + pythonString(investigations.query(step), step) + "\n\"\"\"\n"
                    + "params = " + Literals.python(step.parameters()) + "\n"
                    + "show(query, params)");
            markdown(cells, "**What it shows.** " + String.join("\n\n", step.shows()));
        }
        ObjectNode metadata = notebook.putObject("metadata");
        ObjectNode kernel = metadata.putObject("kernelspec");
        kernel.put("display_name", "Python 3");
        kernel.put("language", "python");
        kernel.put("name", "python3");
        metadata.putObject("language_info").put("name", "python");
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        return json.writer().with(layout).writeValueAsString(notebook) + "\n";
    }

    /** The query goes into a Python triple-quoted string: it must not end it or escape anything. */
    private static String pythonString(String query, Step step) {
        if (query.contains("\"\"\"") || query.contains("\\")) {
            throw new IllegalStateException("cypher/" + step.query() + " holds \"\"\" or a backslash; a notebook cannot quote it as is.");
        }
        return query;
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
