package io.lodestone.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import io.lodestone.ApiClient;
import io.lodestone.ImportFilesCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The document page end to end in the system's headless Chromium, against the service with a copy
 * of the import files (accepts write to them): a report written for this test is ingested over
 * HTTP; the page shows its text with every mention the API gives, linked to its entity; the
 * candidates beside it; a reject with a reason, an accept with corrections (a new entity created,
 * an end found through the entity search) and an anonymous write, each checked against the API
 * afterwards. Leaves screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lodestone.embedded.bolt-port=0",
        "lodestone.embedded.http-port=0",
        "lodestone.embedded.data-dir=target/document-page-test/graph",
        "lodestone.security.editor-tokens=" + DocumentPageTest.EDITOR + ":" + DocumentPageTest.TOKEN,
})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(Chromium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentPageTest {

    static final String EDITOR = "carol";
    static final String TOKEN = "carol-token-3e8a5f";
    static final Path ROOT = Path.of("target/document-page-test");

    /** A news-style report written for this test: actors of the graph and an organisation it lacks. */
    static final String REPORT = """
            Viettel picks Nokia for 5G as Hanoi courts European suppliers

            HANOI, 14 January 2026 (Lodestone test wire) - Viettel Group signed a contract with Nokia on Tuesday \
            to supply radio equipment for its 5G network, the operator said.

            Last year VNPT awarded a contract to Ericsson for its core network.

            A start-up based in Hai Phong, Truong Son Minerals, said it will export tungsten to Japan from next year.

            Masan High-Tech Materials exported 3,400 tonnes of tungsten to Japan in 2025, according to customs data.
            """;

    static final String NEW_FIRM = "firm:truong-son-minerals";

    @LocalServerPort
    int port;

    ApiClient api;
    String document;
    ChromeDriver browser;
    WebDriverWait wait;

    @DynamicPropertySource
    static void files(DynamicPropertyRegistry registry) throws IOException {
        ImportFilesCopy.asServiceFiles(ROOT, registry);
    }

    @BeforeAll
    void ingest() {
        api = new ApiClient(port);
        ApiClient.Response created = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/documents?title="
                        + URLEncoder.encode("Viettel picks Nokia for 5G", StandardCharsets.UTF_8)
                        + "&publisher=Lodestone%20test%20wire&date=2026-01-14"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(REPORT, StandardCharsets.UTF_8)).build());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        document = created.json().get("id").asString();
    }

    @BeforeEach
    void openBrowser(ChromeDriver tab) {
        browser = tab;
        // The page redraws the candidates after each decision: an element found just before is then stale.
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Test
    @Order(1)
    void theTextShowsEveryMentionOfTheApiLinkedToItsEntityAndNewNamesWithTheirKind() throws IOException {
        JsonNode detail = ok(api.get("/api/documents/" + document));
        JsonNode mentions = ok(api.get("/api/documents/" + document + "/mentions"));
        assertThat(mentions).as("the report's mentions").hasSizeGreaterThan(10);

        openDocument();
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Viettel picks Nokia for 5G");
        assertThat(browser.findElement(By.id("metadata")).getText()).contains("Lodestone test wire", "2026-01-14", document);
        assertThat(js("return document.getElementById('text').textContent;"))
                .as("the text shown is the frozen text, character for character").isEqualTo(detail.get("text").asString());

        List<Map<String, Object>> shown = shownMentions();
        List<Map<String, Object>> expected = new ArrayList<>();
        mentions.forEach(m -> expected.add(Map.of("text", m.get("text").asString(), "start", (long) m.get("start").asInt(),
                "end", (long) m.get("end").asInt(),
                "entity", m.get("entity").isNull() ? "" : m.get("entity").get("id").asString(),
                "kind", m.get("entity").isNull() ? m.get("proposedKind").asString() : "",
                "href", m.get("entity").isNull() ? "" : "/?entity=" + m.get("entity").get("id").asString())));
        assertThat(shown).isEqualTo(expected);
        assertThat(shown).as("known entities and a new organisation")
                .anyMatch(m -> m.get("entity").equals("firm:nokia") && m.get("text").equals("Nokia"))
                .anyMatch(m -> m.get("text").equals("Truong Son Minerals") && m.get("kind").equals("organisation"));

        // A known entity's mention opens the graph page on its neighbourhood.
        browser.findElement(By.cssSelector("#text a.mention[data-entity='firm:nokia']")).click();
        wait.until(driver -> Boolean.TRUE.equals(js("return typeof lodestone.cy === 'object' && lodestone.cy.nodes().length > 0"
                + " && !document.body.dataset.busy;")));
        assertThat(browser.getCurrentUrl()).contains("entity=firm:nokia");
        assertThat(js("return lodestone.cy.nodes().map(n => n.id());")).asList().contains("firm:nokia");
    }

    @Test
    @Order(2)
    void theCandidatesAreListedBesideTheTextAndClickingOneMarksItsEvidence() throws IOException {
        JsonNode candidates = ok(api.get("/api/candidates", "document", document, "limit", "200")).get("candidates");
        assertThat(candidates).hasSizeGreaterThan(3);
        openDocument();

        List<WebElement> cards = browser.findElements(By.cssSelector("#candidates .candidate"));
        List<String> ids = new ArrayList<>();
        candidates.forEach(c -> ids.add(c.get("id").asString()));
        assertThat(cards).extracting(card -> card.getDomAttribute("data-id")).containsExactlyElementsOf(ids);

        JsonNode awarded = find(candidates, c -> "AWARDED_CONTRACT_TO".equals(c.get("type").asString(null)));
        WebElement card = card(awarded.get("id").asString());
        assertThat(card.getText()).contains("AWARDED_CONTRACT_TO", "VNPT", "Ericsson", awarded.get("evidence").asString(),
                "2025", String.format(Locale.ROOT, "%.2f", awarded.get("confidence").asDouble()), "proposed");
        assertThat(card.findElement(By.cssSelector(".end a")).getDomAttribute("href")).isEqualTo("/?entity=firm:vnpt");

        card.findElement(By.cssSelector("blockquote")).click();
        WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.evidence")));
        assertThat(mark.getDomProperty("textContent")).isEqualTo(awarded.get("evidence").asString());
        assertThat(mark.getDomAttribute("data-start")).isEqualTo(String.valueOf(awarded.get("evidenceStart").asInt()));
        assertThat(mark.findElements(By.cssSelector(".mention"))).extracting(m -> m.getDomAttribute("data-entity"))
                .containsExactly("firm:vnpt", "firm:ericsson");
        assertThat(card(awarded.get("id").asString()).getDomAttribute("class")).contains("selected");
        assertThat(browser.getCurrentUrl()).contains("candidate=" + awarded.get("id").asString()).doesNotContain("token");
        screenshot("document-page.png");

        // Another candidate moves the mark: one evidence span at a time.
        JsonNode masan = find(candidates, c -> "firm:masan-high-tech-materials".equals(c.get("start").get("id").asString(null)));
        card(masan.get("id").asString()).findElement(By.cssSelector("blockquote")).click();
        wait.until(driver -> masan.get("evidence").asString().equals(
                js("const m = document.querySelectorAll('#text mark.evidence'); return m.length === 1 ? m[0].textContent : null;")));
    }

    @Test
    @Order(3)
    void aWriteWithoutATokenShowsTheProblemsDetailAndChangesNothing() {
        JsonNode candidate = proposed(c -> "AWARDED_CONTRACT_TO".equals(c.get("type").asString(null)));
        String id = candidate.get("id").asString();
        ApiClient.Response anonymous = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/candidates/" + id + "/accept"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(anonymous.status()).isEqualTo(401);
        String detail = anonymous.json().get("detail").asString();

        openDocument();
        assertThat(browser.findElement(By.id("token-state")).getText()).contains("no token");
        card(id).findElement(By.cssSelector("button.accept")).click();
        WebElement problem = wait.until(driver -> {
            WebElement p = card(id).findElement(By.cssSelector(".problem"));
            return p.getText().isBlank() ? null : p;
        });
        assertThat(problem.getText()).startsWith("401 ").contains(detail);
        assertThat(browser.findElement(By.id("status")).getText()).contains(detail);
        assertThat(ok(api.get("/api/candidates/" + id)).get("status").asString()).isEqualTo("proposed");
    }

    @Test
    @Order(4)
    void rejectingWithAReasonIsShownAndTheApiAgrees() {
        JsonNode candidate = proposed(c -> "region:hai-phong".equals(c.get("start").get("id").asString(null))
                && "country:JP".equals(c.get("end").get("id").asString(null)));
        String id = candidate.get("id").asString();
        String reason = "Hai Phong is in Vietnam; the sentence says nothing of where it lies.";

        openDocument();
        useToken();
        card(id).findElement(By.cssSelector("button.reject")).click();
        WebElement form = card(id).findElement(By.cssSelector("form.reject-form"));
        form.findElement(By.name("reason")).sendKeys(reason);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(driver -> "rejected".equals(card(id).getDomAttribute("data-status")));
        assertThat(card(id).getText()).contains("rejected by " + EDITOR, reason);

        JsonNode decided = ok(api.get("/api/candidates/" + id));
        assertThat(decided.get("status").asString()).isEqualTo("rejected");
        assertThat(decided.get("reason").asString()).isEqualTo(reason);
        assertThat(decided.get("decidedBy").asString()).isEqualTo(EDITOR);

        // The status filter asks the API for the rejected ones only.
        new Select(browser.findElement(By.id("status-filter"))).selectByValue("rejected");
        wait.until(driver -> browser.findElements(By.cssSelector("#candidates .candidate")).size() == 1);
        assertThat(browser.findElements(By.cssSelector("#candidates .candidate"))).extracting(c -> c.getDomAttribute("data-id"))
                .containsExactly(id);
        assertThat(browser.getCurrentUrl()).contains("status=rejected");
    }

    @Test
    @Order(5)
    void acceptingWithCorrectionsMakesFactsWithTheDocumentAsSource() throws IOException {
        // Truong Son Minerals is not in the graph: create it, and say where it is based instead of what was proposed.
        JsonNode based = proposed(c -> c.get("start").get("id").isNull() && "Truong Son Minerals".equals(c.get("start").get("name").asString())
                && "region:hai-phong".equals(c.get("end").get("id").asString(null)));
        String basedId = based.get("id").asString();
        openDocument();
        useToken();
        WebElement form = correctionForm(basedId);
        new Select(form.findElement(By.name("type"))).selectByValue("HEADQUARTERED_IN");
        WebElement start = form.findElement(By.cssSelector("fieldset[data-end='start']"));
        new Select(start.findElement(By.cssSelector("select.mode"))).selectByValue("create");
        assertThat(start.findElement(By.cssSelector("input.new-id")).getDomProperty("value")).isEqualTo(NEW_FIRM);
        assertThat(start.findElement(By.cssSelector("input.new-name")).getDomProperty("value")).isEqualTo("Truong Son Minerals");
        assertThat(form.findElement(By.cssSelector(".preview")).getText()).isEqualTo("Fact: Truong Son Minerals —HEADQUARTERED_IN→ Hai Phong");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(driver -> "accepted".equals(card(basedId).getDomAttribute("data-status")));

        String basedFact = ok(api.get("/api/candidates/" + basedId)).get("fact").asString();
        assertThat(card(basedId).getText()).contains("accepted by " + EDITOR, basedFact);
        // The card says what the candidate became, as corrected: the new firm and the type chosen.
        assertThat(card(basedId).findElement(By.cssSelector(".accepted-as")).getText())
                .isEqualTo("In the graph: Truong Son Minerals —HEADQUARTERED_IN→ Hai Phong " + basedFact);
        assertThat(card(basedId).findElement(By.cssSelector(".accepted-as a")).getDomAttribute("href")).isEqualTo("/?entity=" + NEW_FIRM);
        JsonNode fact = relationship(NEW_FIRM, basedFact);
        assertThat(fact.get("type").asString()).isEqualTo("HEADQUARTERED_IN");
        assertThat(fact.get("other").get("id").asString()).isEqualTo("region:hai-phong");
        assertThat(fact.get("properties").get("evidence").asString()).isEqualTo(based.get("evidence").asString());
        assertThat(fact.get("sources")).anySatisfy(source -> {
            assertThat(source.get("file").asString()).isEqualTo("documents/" + document.substring("document:".length()) + ".txt");
            assertThat(source.get("title").asString()).isEqualTo("Viettel picks Nokia for 5G");
        });

        // "Japan exports tungsten" misreads the sentence: the exporter is the new firm, found through the entity search.
        JsonNode exports = proposed(c -> "EXPORTS".equals(c.get("type").asString(null))
                && "country:JP".equals(c.get("start").get("id").asString(null)));
        String exportsId = exports.get("id").asString();
        form = correctionForm(exportsId);
        start = form.findElement(By.cssSelector("fieldset[data-end='start']"));
        new Select(start.findElement(By.cssSelector("select.mode"))).selectByValue("existing");
        WebElement q = start.findElement(By.cssSelector("input.entity-q"));
        q.clear();
        q.sendKeys("truong son", Keys.ENTER);
        WebElement scope = start;
        wait.until(driver -> !scope.findElements(By.cssSelector(".entity-hits li[data-id='" + NEW_FIRM + "'] button.pick")).isEmpty());
        start.findElement(By.cssSelector(".entity-hits li[data-id='" + NEW_FIRM + "'] button.pick")).click();
        assertThat(start.findElement(By.cssSelector(".chosen")).getText()).contains(NEW_FIRM);
        // "from next year": valid from 2027 rather than dated; first as words, which the API refuses with a 400.
        WebElement validFrom = form.findElement(By.name("validFrom"));
        validFrom.sendKeys("next year");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement problem = wait.until(driver -> {
            WebElement p = card(exportsId).findElement(By.cssSelector(".problem"));
            return p.getText().isBlank() ? null : p;
        });
        assertThat(problem.getText()).startsWith("400 ").contains("'validFrom' must be an ISO date");
        assertThat(ok(api.get("/api/candidates/" + exportsId)).get("status").asString()).isEqualTo("proposed");
        validFrom.clear();
        validFrom.sendKeys("2027");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(driver -> "accepted".equals(card(exportsId).getDomAttribute("data-status")));
        screenshot("document-page-accepted.png");

        JsonNode exported = relationship(NEW_FIRM, ok(api.get("/api/candidates/" + exportsId)).get("fact").asString());
        assertThat(exported.get("type").asString()).isEqualTo("EXPORTS");
        assertThat(exported.get("direction").asString()).isEqualTo("outgoing");
        assertThat(exported.get("other").get("id").asString()).isEqualTo("mineral:tungsten");
        assertThat(exported.get("properties").get("validFrom").asString()).isEqualTo("2027");
        assertThat(exported.get("properties").has("date")).as("a fact valid from a year has no date").isFalse();
        assertThat(exported.get("sources")).extracting(s -> s.get("file").asString())
                .contains("documents/" + document.substring("document:".length()) + ".txt");
    }

    @Test
    @Order(6)
    void aDecisionTakenElsewhereMeanwhileShowsTheConflict() {
        JsonNode candidate = proposed(c -> "AWARDED_CONTRACT_TO".equals(c.get("type").asString(null)));
        String id = candidate.get("id").asString();
        openDocument();
        useToken();
        ApiClient.Response elsewhere = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/candidates/" + id + "/reject"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"decided in another tab\"}")).build());
        assertThat(elsewhere.status()).isEqualTo(200);

        card(id).findElement(By.cssSelector("button.accept")).click();
        WebElement problem = wait.until(driver -> {
            WebElement p = card(id).findElement(By.cssSelector(".problem"));
            return p.getText().isBlank() ? null : p;
        });
        assertThat(problem.getText()).startsWith("409 ").contains("already rejected by " + EDITOR);
    }

    @Test
    @Order(7)
    void theDocumentsListSearchesTheTextsAndOpensADocument() {
        browser.get("http://localhost:" + port + "/documents.html");
        WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
        // Typed at once, while the newest documents may still be on their way: the page shows the answer to
        // the search, also when the first list arrives after it.
        search.sendKeys("truong son", Keys.ENTER);
        // The list first shows the newest documents without snippets; a search hit has its snippet.
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents li[data-id='" + document + "']:has(.snippet)")));
        assertThat(browser.findElement(By.id("status")).getText()).contains("truong son");
        assertThat(hit.findElements(By.cssSelector(".snippet mark"))).extracting(WebElement::getText)
                .containsExactly("Truong", "Son");
        assertThat(browser.getCurrentUrl()).contains("q=truong+son");
        hit.findElement(By.cssSelector("a.title")).click();
        wait.until(driver -> "true".equals(js("return document.body.dataset.ready || null;")));
        assertThat(browser.getCurrentUrl()).endsWith("/document.html?id=" + document);
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Viettel picks Nokia for 5G");
    }

    @Test
    @Order(8)
    void aListThatArrivesAfterANewerSearchIsDropped() {
        browser.get("http://localhost:" + port + "/documents.html");
        wait.until(driver -> "true".equals(js("return document.body.dataset.ready || null;")));
        holdAnswers();
        js("go('', 0); go('truong son', 0);");
        release(1);
        assertThat(browser.findElements(By.cssSelector("#documents li[data-id='" + document + "'] .snippet"))).as("the search's answer")
                .hasSize(1);
        release(0);
        assertThat(browser.findElements(By.cssSelector("#documents li[data-id='" + document + "'] .snippet"))).as("the search's answer stays")
                .hasSize(1);
        assertThat(browser.findElement(By.id("status")).getText()).contains("truong son");
    }

    @Test
    @Order(9)
    void candidatesOfAnEarlierFilterArrivingLateAreDropped() {
        openDocument();
        holdAnswers();
        js("""
                const filter = document.getElementById('status-filter');
                filter.value = 'rejected';
                filter.dispatchEvent(new Event('change'));
                filter.value = 'proposed';
                filter.dispatchEvent(new Event('change'));""");
        release(1);
        release(0);
        List<String> shown = browser.findElements(By.cssSelector("#candidates .candidate")).stream()
                .map(card -> card.getDomAttribute("data-status")).toList();
        assertThat(shown).as("the candidates of the filter shown").isNotEmpty().containsOnly("proposed");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** From now on the page's API answers wait until {@link #release}d, in the order they were asked (0, 1, ...). */
    private void holdAnswers() {
        js("""
                window.held = [];
                const read = api.get;
                api.get = (path, params) => new Promise((resolve, reject) =>
                  window.held.push(() => read(path, params).then(resolve, reject)));""");
    }

    /** Lets the answer asked for {@code index}-th arrive, and returns once the page has handled it. */
    private void release(int index) {
        ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.held[arguments[0]]().then(() => setTimeout(done, 0), () => setTimeout(done, 0));""", index);
    }

    private void openDocument() {
        browser.get("http://localhost:" + port + "/document.html?id=" + URLEncoder.encode(document, StandardCharsets.UTF_8));
        wait.until(driver -> "true".equals(js("return document.body.dataset.ready || null;")));
        assertThat(browser.findElements(By.cssSelector("#candidates .candidate"))).as(browser.findElement(By.id("status")).getText())
                .isNotEmpty();
    }

    /** Types the editor token into the page, as a person would; it is kept for the tab, not in the URL. */
    private void useToken() {
        browser.findElement(By.id("token")).sendKeys(TOKEN, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("token-state"), "token set"));
        assertThat(browser.getCurrentUrl()).doesNotContain(TOKEN);
        assertThat(js("return sessionStorage.getItem('lodestone.editorToken');")).isEqualTo(TOKEN);
    }

    private WebElement card(String id) {
        return browser.findElement(By.cssSelector("#candidates .candidate[data-id='" + id + "']"));
    }

    private WebElement correctionForm(String id) {
        card(id).findElement(By.cssSelector("button.correct")).click();
        return card(id).findElement(By.cssSelector("form.correction"));
    }

    /** The mentions as the page shows them: offsets, entity or kind, link, and the text of the span. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> shownMentions() {
        return (List<Map<String, Object>>) js("return [...document.querySelectorAll('#text .mention')].map(m => ({"
                + " text: m.textContent, start: Number(m.dataset.start), end: Number(m.dataset.end),"
                + " entity: m.dataset.entity || '', kind: m.dataset.kind || '', href: m.getAttribute('href') || ''}));");
    }

    private JsonNode proposed(Predicate<JsonNode> which) {
        return find(ok(api.get("/api/candidates", "document", document, "status", "proposed", "limit", "200")).get("candidates"), which);
    }

    private static JsonNode find(JsonNode candidates, Predicate<JsonNode> which) {
        for (JsonNode c : candidates) {
            if (which.test(c)) {
                return c;
            }
        }
        throw new AssertionError("no such candidate among " + candidates);
    }

    private JsonNode relationship(String entity, String factId) {
        for (JsonNode r : ok(api.get("/api/entities/" + entity)).get("relationships")) {
            if (r.get("id").asString().equals(factId)) {
                return r;
            }
        }
        throw new AssertionError("no fact " + factId + " at " + entity);
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(GraphPageTest.SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), GraphPageTest.SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
