package io.lodestone.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.lodestone.ApiClient;
import io.lodestone.LodestoneTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The graph page end to end in the system's headless Chromium: search, draw EU → Huawei, click a
 * relationship and read its source; one edge per start, type and end with its count; the timeline
 * handle scrubbing the as-of date; the view reopened from its URL. What the page should draw is read
 * from the API in each test, so the assertions hold whatever facts the seed graph has. Leaves
 * screenshots in target/screenshots/.
 */
@LodestoneTest
@ExtendWith(Chromium.class)
class GraphPageTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser(ChromeDriver tab) {
        browser = tab;
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Test
    void drawsThePathsFromTheEuToHuaweiAndShowsTheSourcesOfARelationship() throws IOException {
        browser.get("http://localhost:" + port + "/");

        drawPaths("EU", "bloc:EU", "Huawei", "firm:huawei");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#paths li"), 0));

        @SuppressWarnings("unchecked")
        List<String> nodes = (List<String>) js("return lodestone.cy.nodes().map(n => n.id());");
        assertThat(nodes).contains("bloc:EU", "firm:huawei", "country:CN", "country:VN");
        assertThat(browser.findElement(By.id("paths")).getText()).contains("European Union → Vietnam → Huawei");

        clickRelationshipFrom("bloc:EU");
        WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#selection .source")));
        assertThat(source.getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("#selection .source blockquote")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("#selection h3")).getText()).contains("European Union");

        screenshot("graph-page.png");
    }

    @Test
    void theAsOfToggleNarrowsTheNeighbourhood() {
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("search")).sendKeys("joint statement 2026", Keys.ENTER);
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#results li[data-id='agreement:eu-vn-joint-statement-2026']")));

        browser.findElement(By.id("as-of-on")).click();
        hit.findElement(By.xpath(".//button[text()='Neighbourhood']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "as of 2026-01-28"));

        assertThat(nodeIds()).contains("status:draft").doesNotContain("person:antonio-costa");
        browser.findElement(By.id("as-of-on")).click();
        hit.findElement(By.xpath(".//button[text()='Neighbourhood']")).click();
        wait.until(driver -> nodeIds().contains("person:antonio-costa"));
    }

    @Test
    void euToChinaDrawsOneEdgePerTypeWithItsCountAndClickingItListsEveryFact() throws IOException {
        JsonNode answer = answer(new ApiClient(port), "/api/paths", "from", "bloc:EU", "to", "country:CN");
        Map<String, Set<String>> expected = byEdge(answer.get("paths"), "bloc:EU", "country:CN");
        assertThat(expected).as("facts between the EU and China in the API's answer").isNotEmpty();

        browser.get("http://localhost:" + port + "/");
        drawPaths("EU", "bloc:EU", "China", "country:CN");

        Map<String, Set<String>> drawn = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (Map<String, Object> edge : drawnEdges()) {
            Set<String> ends = Set.of((String) edge.get("source"), (String) edge.get("target"));
            if (ends.equals(Set.of("bloc:EU", "country:CN"))) {
                drawn.put((String) edge.get("id"), new TreeSet<>(strings(edge.get("facts"))));
                labels.put((String) edge.get("id"), (String) edge.get("label"));
            }
        }
        assertThat(drawn).as("one edge per direction and type, holding all its facts").isEqualTo(expected);
        expected.forEach((key, facts) -> assertThat(labels.get(key))
                .isEqualTo(key.split("\\|")[1] + (facts.size() > 1 ? " ×" + facts.size() : "")));
        // Every edge drawn, not just these, holds exactly the API's facts for its start, type and end.
        Map<String, Set<String>> everywhere = byEdge(answer.get("paths"), null, null);
        assertThat(drawnEdges()).allSatisfy(edge ->
                assertThat(new TreeSet<>(strings(edge.get("facts")))).isEqualTo(everywhere.get((String) edge.get("id"))));
        assertThat(everywhere.values()).as("some edge aggregates several facts").anyMatch(facts -> facts.size() > 1);

        String busiest = expected.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
        clickEdge(busiest);
        wait.until(driver -> driver.findElements(By.cssSelector("#selection .fact")).size() == expected.get(busiest).size());
        List<WebElement> cards = browser.findElements(By.cssSelector("#selection .fact"));
        assertThat(cards).extracting(card -> card.getDomAttribute("data-fact")).containsExactlyInAnyOrderElementsOf(expected.get(busiest));
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.findElement(By.cssSelector(".source blockquote")).getText()).isNotBlank();
            assertThat(card.getText()).contains("evidence", "confidence");
        });
        assertThat(browser.findElement(By.cssSelector("#selection h3")).getText())
                .contains("European Union", "China", expected.get(busiest).size() > 1 ? "×" + expected.get(busiest).size() : "");
        screenshot("graph-page-eu-china.png");
    }

    @Test
    void theTimelineHandleScrubsTheAsOfDateAndTheDrawnGraphFollows() throws IOException {
        ApiClient api = new ApiClient(port);
        browser.get("http://localhost:" + port + "/");
        hit("joint statement 2026", STATEMENT).findElement(By.xpath(".//button[text()='Neighbourhood']")).click();
        waitUntilDrawn();
        JsonNode all = answer(api, NEIGHBOURHOOD).get("relationships");
        assertThat(drawnFactIds()).isEqualTo(ids(all));

        // Click the start of the timeline, then drag the handle from there to its very end: a little
        // beyond the middle of the thumb at each end (the range clamps), so no fact of the last day is missed.
        WebElement handle = browser.findElement(By.id("timeline-handle"));
        int width = handle.getSize().getWidth();
        new Actions(browser).moveToElement(handle, -width / 2 + 2, 0).click().perform();
        String early = asOfShown();
        Set<String> earlyFacts = drawnFactIds();
        assertDrawnAsTheApiAnswersAsOf(api, early);
        assertThat(browser.findElements(By.cssSelector("#timeline-chart .mark.later"))).isNotEmpty();

        new Actions(browser).moveToElement(handle, -width / 2 + 2, 0).clickAndHold()
                .moveByOffset(width / 3, 0).moveByOffset(width / 3, 0).moveByOffset(width - 2 * (width / 3) - 4, 0)
                .release().perform();
        String late = asOfShown();
        assertThat(late).isGreaterThan(early);
        // Whether the graph should change between the two days is the API's to say, not this test's.
        assertThat(ids(answer(api, NEIGHBOURHOOD, "asOf", late).get("relationships")))
                .as("the API's neighbourhood as of %s and as of %s", early, late)
                .isNotEqualTo(ids(answer(api, NEIGHBOURHOOD, "asOf", early).get("relationships")));
        assertDrawnAsTheApiAnswersAsOf(api, late);
        assertThat(drawnFactIds()).as("the graph drawn as of %s and as of %s", early, late).isNotEqualTo(earlyFacts);
        screenshot("graph-page-timeline.png");
    }

    @Test
    void thePathsDrawnAsOfADayAreThoseTheApiFindsThatDay() {
        ApiClient api = new ApiClient(port);
        Set<Set<String>> answers = new HashSet<>();
        for (String day : List.of("2000-01-01", "2015-01-01", "2020-01-01", "2024-01-01", "2026-01-28")) {
            JsonNode paths = answer(api, "/api/paths", "from", "bloc:EU", "to", "firm:huawei", "asOf", day).get("paths");
            List<String> routes = new ArrayList<>();
            Set<String> facts = new TreeSet<>();
            Set<String> nodes = new TreeSet<>(List.of("bloc:EU", "firm:huawei"));
            paths.forEach(path -> {
                List<String> names = new ArrayList<>();
                path.get("nodes").forEach(node -> names.add(node.get("name").asString()));
                routes.add(String.join(" → ", names));
                nodes.addAll(ids(path.get("nodes")));
                facts.addAll(ids(path.get("relationships")));
            });
            answers.add(facts);

            browser.get("http://localhost:" + port + "/?from=bloc:EU&to=firm:huawei&asOf=" + day);
            waitUntilDrawn();
            assertThat(browser.findElements(By.cssSelector("#paths li:not(.gone)"))).as("paths as of %s", day)
                    .extracting(WebElement::getText).containsExactlyInAnyOrderElementsOf(routes);
            assertThat(drawnFactIds()).as("facts drawn as of %s", day).isEqualTo(facts);
            assertThat(new TreeSet<>(nodeIds())).as("entities drawn as of %s", day).isEqualTo(nodes);
        }
        assertThat(answers).as("the API's answers differ between these days").hasSizeGreaterThan(1);
    }

    @Test
    void aCopiedUrlReopensTheSameView() throws IOException {
        browser.get("http://localhost:" + port + "/");
        drawPaths("EU", "bloc:EU", "Huawei", "firm:huawei");
        hit("joint statement 2026", STATEMENT).findElement(By.xpath(".//button[text()='Neighbourhood']")).click();
        wait.until(driver -> nodeIds().contains(STATEMENT));
        waitUntilDrawn();
        WebElement date = browser.findElement(By.id("as-of"));
        js("arguments[0].value = '2026-01-28'; arguments[0].dispatchEvent(new Event('change'));", date);
        clickEdge((String) js("return lodestone.cy.edges().max(e => e.data('count')).ele.id();"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#selection .fact")));

        Map<String, Object> view = view();
        String url = browser.getCurrentUrl();
        assertThat(url).contains("from=bloc:EU", "to=firm:huawei", "entity=" + STATEMENT, "asOf=2026-01-28", "edge=");
        assertThat((String) view.get("selection")).isNotBlank();

        ChromeDriver other = Chromium.start(); // another browser: what the page keeps per tab is not there
        try {
            other.get(url);
            new WebDriverWait(other, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                    .executeScript("return !document.body.dataset.busy && lodestone.cy.nodes().length > 0;")));
            assertThat(((JavascriptExecutor) other).executeScript(VIEW)).isEqualTo(view);
            assertThat(other.getCurrentUrl()).isEqualTo(url);
            screenshot(other, "graph-page-reopened.png");
        } finally {
            other.quit();
        }
    }

    static final String STATEMENT = "agreement:eu-vn-joint-statement-2026";
    static final String NEIGHBOURHOOD = "/api/entities/" + STATEMENT + "/neighbourhood";

    /** What a person sees: entities, edges with their counts, paths, the as-of day and the selection panel. */
    static final String VIEW = "const ids = (c) => c.map(e => e.id() + (e.isEdge() ? ' ' + e.data('label') : '')).sort();"
            + " return {nodes: ids(lodestone.cy.nodes()), edges: ids(lodestone.cy.edges()),"
            + " selected: ids(lodestone.cy.$(':selected')), paths: document.getElementById('paths').innerText,"
            + " asOfOn: document.getElementById('as-of-on').checked, asOf: document.getElementById('as-of').value,"
            + " timeline: document.getElementById('timeline-note').innerText,"
            + " selection: document.getElementById('selection').innerText};";

    @SuppressWarnings("unchecked")
    private Map<String, Object> view() {
        return (Map<String, Object>) js(VIEW);
    }

    private void assertDrawnAsTheApiAnswersAsOf(ApiClient api, String day) {
        JsonNode answer = answer(api, NEIGHBOURHOOD, "asOf", day);
        assertThat(drawnFactIds()).as("facts drawn as of %s", day).isEqualTo(ids(answer.get("relationships")));
        assertThat(new TreeSet<>(nodeIds())).as("entities drawn as of %s", day).isEqualTo(ids(answer.get("nodes")));
        assertThat(browser.getCurrentUrl()).contains("asOf=" + day);
        assertThat(browser.findElement(By.id("as-of-on")).isSelected()).isTrue();
    }

    /**
     * The API's answer, asked again while it says 503: on a machine shared by several builds a cold
     * query can pass the query timeout, and the service answers 503 meaning "try again or narrow it".
     */
    private static JsonNode answer(ApiClient api, String path, String... parameters) {
        ApiClient.Response response = api.get(path, parameters);
        for (int attempt = 1; attempt < 3 && response.status() == 503; attempt++) {
            response = api.get(path, parameters);
        }
        assertThat(response.status()).as("%s %s", path, response.text()).isEqualTo(200);
        return response.json();
    }

    /** The as-of day the page shows, checked to be a day. */
    private String asOfShown() {
        String day = browser.findElement(By.id("as-of")).getDomProperty("value");
        assertThat(day).matches("\\d{4}-\\d{2}-\\d{2}");
        return day;
    }

    /** The facts of the API's paths grouped by start|type|end, only those between two entities if given. */
    private static Map<String, Set<String>> byEdge(JsonNode paths, String one, String other) {
        Map<String, Set<String>> edges = new TreeMap<>();
        paths.forEach(path -> path.get("relationships").forEach(fact -> {
            String start = fact.get("startId").asString();
            String end = fact.get("endId").asString();
            if (one == null || Set.of(start, end).equals(Set.of(one, other))) {
                edges.computeIfAbsent(start + "|" + fact.get("type").asString() + "|" + end, key -> new TreeSet<>())
                        .add(fact.get("id").asString());
            }
        }));
        return edges;
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new TreeSet<>();
        array.forEach(element -> ids.add(element.get("id").asString()));
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> drawnEdges() {
        return (List<Map<String, Object>>) js("return lodestone.cy.edges().map(e => ({id: e.id(), source: e.data('source'),"
                + " target: e.data('target'), label: e.data('label'), facts: e.data('facts')}));");
    }

    private Set<String> drawnFactIds() {
        return new TreeSet<>(strings(js("return lodestone.cy.edges().map(e => e.data('facts')).flat();")));
    }

    private void waitUntilDrawn() {
        wait.until(driver -> Boolean.TRUE.equals(js("return !document.body.dataset.busy && lodestone.cy.nodes().length > 0;")));
    }

    private void screenshot(String name) throws IOException {
        screenshot(browser, name);
    }

    private static void screenshot(ChromeDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Picks the ends through the search box, as a person would, draws the paths and waits for them. */
    private void drawPaths(String fromQuery, String from, String toQuery, String to) {
        pick(toQuery, to, "To");
        pick(fromQuery, from, "From");
        browser.findElement(By.id("draw")).click();
        waitUntilDrawn();
    }

    private void pick(String query, String id, String end) {
        hit(query, id).findElement(By.xpath(".//button[text()='" + end + "']")).click();
    }

    /** Searches and waits for the new results (not those of the previous search) to list the entity. */
    private WebElement hit(String query, String id) {
        List<WebElement> previous = browser.findElements(By.cssSelector("#results li"));
        WebElement search = browser.findElement(By.id("search"));
        search.clear();
        search.sendKeys(query, Keys.ENTER);
        if (!previous.isEmpty()) {
            wait.until(ExpectedConditions.stalenessOf(previous.get(0)));
        }
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li[data-id='" + id + "']")));
    }

    /** A real mouse click on the canvas, at the middle of a drawn relationship. */
    private void clickRelationshipFrom(String id) {
        clickAt("lodestone.cy.getElementById(arguments[0]).connectedEdges()[0]", id);
    }

    private void clickEdge(String id) {
        clickAt("lodestone.cy.getElementById(arguments[0])", id);
    }

    private void clickAt(String edge, String id) {
        @SuppressWarnings("unchecked")
        // The edge's midpoint, or the first point along it that no node covers (a node drawn over the
        // middle of an edge would take the click).
        Map<String, Number> middle = (Map<String, Number>) js("const edge = " + edge + ";"
                + " const a = edge.renderedSourceEndpoint(), b = edge.renderedTargetEndpoint();"
                + " const covered = p => edge.cy().nodes().some(n => { const box = n.renderedBoundingBox();"
                + "   return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2; });"
                + " const middle = edge.renderedMidpoint();"
                + " if (!covered(middle)) return {x: middle.x, y: middle.y};"
                + " for (const t of [0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {"
                + "   const p = {x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)};"
                + "   if (!covered(p)) return p; }"
                + " return {x: middle.x, y: middle.y};", id);
        WebElement graph = browser.findElement(By.id("graph"));
        int dx = (int) Math.round(middle.get("x").doubleValue() - graph.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(middle.get("y").doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();
    }

    @SuppressWarnings("unchecked")
    private List<String> nodeIds() {
        return (List<String>) js("return lodestone.cy.nodes().map(n => n.id());");
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
