package io.lodestone.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lodestone.ApiClient;
import io.lodestone.ApiClient.Response;
import io.lodestone.LodestoneTest;
import io.lodestone.workspace.InvestigationBook.Investigation;
import io.lodestone.workspace.InvestigationBook.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every query of every committed notebook and of the served Browser guide, with the
 * parameters they give, against the real graph: each must return rows, and the row the
 * investigation's text relies on.
 */
@LodestoneTest
// notebook 04 projects a graph in one query and reads it in the next
@ResourceLock(LodestoneTest.GDS_CATALOG)
class WorkspaceQueriesTest {

    private static final Pattern NOTEBOOK_CELL = Pattern.compile(
            "query = \"\"\"\\n(.*)\\n\"\"\"\\nparams = (.*)\\nrows = show\\(query, params\\)\\nexpect_row\\(rows, .*\\)", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    Investigations investigations;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyNotebookQueryRunsAndShowsWhatTheNotebookSays() throws Exception {
        for (Investigation investigation : investigations.book().investigations()) {
            JsonNode notebook = json.readTree(Files.readString(WorkspaceFilesTest.NOTEBOOKS.resolve(investigation.id() + ".ipynb")));
            List<Matcher> cells = new ArrayList<>();
            for (JsonNode cell : notebook.get("cells")) {
                if (cell.get("cell_type").asString().equals("code")) {
                    StringBuilder source = new StringBuilder();
                    cell.get("source").forEach(line -> source.append(line.asString()));
                    Matcher matcher = NOTEBOOK_CELL.matcher(source);
                    if (matcher.matches()) {
                        cells.add(matcher);
                    }
                }
            }
            assertThat(cells).as(investigation.id()).hasSize(investigation.steps().size());
            for (int i = 0; i < cells.size(); i++) {
                Map<String, Object> parameters = pythonParameters(cells.get(i).group(2));
                check(investigation, investigation.steps().get(i), cells.get(i).group(1), parameters);
            }
        }
    }

    @Test
    void everyGuideQueryRunsAndShowsWhatTheGuideSays() {
        Response response = new ApiClient(port).send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/guides/lodestone.html")).header("Origin", "http://localhost:7474").GET().build());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");

        List<GuideBlocks> blocks = GuideBlocks.of(response.text());
        List<Step> steps = investigations.book().investigations().stream().flatMap(i -> i.steps().stream()).toList();
        assertThat(blocks).hasSameSizeAs(steps);
        int index = 0;
        for (Investigation investigation : investigations.book().investigations()) {
            for (Step step : investigation.steps()) {
                GuideBlocks block = blocks.get(index++);
                // Browser evaluates :params as a Cypher map; so does this test.
                Map<String, Object> parameters = driver.executableQuery("RETURN " + block.parameters() + " AS parameters")
                        .execute().records().get(0).get("parameters").asMap();
                check(investigation, step, block.query(), parameters);
            }
        }
    }

    @Test
    void browserMayFetchTheGuideAndTheStyleFromItsOwnOrigin() {
        ApiClient api = new ApiClient(port);
        for (String path : List.of("/guides/lodestone.html", "/styles/lodestone.grass")) {
            Response response = api.send(HttpRequest.newBuilder(URI.create(api.base() + path))
                    .header("Origin", "http://localhost:7474").GET().build());
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
        }
        assertThat(api.get("/styles/lodestone.grass").text()).contains("node.Country {", "caption: \"{name}\"");
    }

    private void check(Investigation investigation, Step step, String query, Map<String, Object> parameters) {
        String where = investigation.id() + " / " + step.title() + " (" + step.query() + ")";
        assertThat(Values.value(parameters)).as(where).isEqualTo(Values.value(step.parameters()));
        List<Record> records = driver.executableQuery(query).withParameters(parameters).execute().records();
        assertThat(records).as("%s returns rows", where).isNotEmpty();
        assertThat(RowExpectation.holds(records, step.expect()))
                .as("%s holds a row with %s; rows: %s", where, step.expect(), records).isTrue();
    }

    /** The notebooks write parameters as Python literals of JSON values. */
    private Map<String, Object> pythonParameters(String python) {
        String asJson = python.replaceAll("\\bNone\\b", "null").replaceAll("\\bTrue\\b", "true").replaceAll("\\bFalse\\b", "false");
        return json.readValue(asJson, new TypeReference<Map<String, Object>>() { });
    }
}
