package io.lodestone.workspace;

import java.util.ArrayList;
import java.util.List;

import io.lodestone.workspace.InvestigationBook.Investigation;
import tools.jackson.databind.JsonNode;

/** What the tests read from a notebook: its cells' sources, what it states, where its charts are. */
final class Notebooks {

    private static final String STATED = "✔ ";
    private static final String FIGURE_HEADING = "## Figure: ";

    private Notebooks() {
    }

    /** Each cell as its type and source: what the generator decides (outputs are the run's). */
    static List<String> sources(JsonNode notebook) {
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : notebook.get("cells")) {
            cells.add(cell.get("cell_type").asString() + ":\n" + source(cell));
        }
        return cells;
    }

    static String source(JsonNode cell) {
        JsonNode source = cell.get("source");
        if (source.isString()) {
            return source.asString();
        }
        StringBuilder text = new StringBuilder();
        source.forEach(line -> text.append(line.asString()));
        return text.toString();
    }

    /** The lines the notebook printed with {@code state(...)} or {@code expect_row(...)}, in order. */
    static List<String> stated(JsonNode notebook) {
        List<String> lines = new ArrayList<>();
        for (JsonNode cell : notebook.get("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                if (output.path("output_type").asString("").equals("stream")) {
                    JsonNode text = output.get("text");
                    String joined = text.isArray() ? join(text) : text.asString();
                    joined.lines().filter(line -> line.startsWith(STATED)).forEach(lines::add);
                }
            }
        }
        return lines;
    }

    /** The headings of the figures whose code cell has no PNG output. */
    static List<String> figureCellsWithoutChart(JsonNode notebook, Investigation investigation) {
        List<String> missing = new ArrayList<>();
        JsonNode cells = notebook.get("cells");
        int figures = 0;
        for (int i = 0; i + 1 < cells.size(); i++) {
            String heading = source(cells.get(i));
            if (cells.get(i).get("cell_type").asString().equals("markdown") && heading.startsWith(FIGURE_HEADING)) {
                figures++;
                boolean chart = false;
                for (JsonNode output : cells.get(i + 1).path("outputs")) {
                    chart |= output.path("data").has("image/png");
                }
                if (!chart) {
                    missing.add(heading.lines().findFirst().orElse(heading));
                }
            }
        }
        if (figures != investigation.figures().size()) {
            missing.add(figures + " figure headings for " + investigation.figures().size() + " figures");
        }
        return missing;
    }

    private static String join(JsonNode lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.asString()));
        return text.toString();
    }
}
