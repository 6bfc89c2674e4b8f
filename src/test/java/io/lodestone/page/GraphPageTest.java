package io.lodestone.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.lodestone.LodestoneTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The graph page end to end in the system's headless Chromium: search, draw EU → Huawei, click a
 * relationship and read its source. Leaves target/screenshots/graph-page.png.
 */
@LodestoneTest
class GraphPageTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "No headless browser here: needs Debian's chromium and chromium-driver (/usr/bin/chromium,"
                        + " /usr/bin/chromedriver); install them with apt-get install -y chromium chromium-driver"
                        + " (.ci/run does).");
        browser = headlessChromium(Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** A fresh profile each time; flags keep Chromium from reaching out or needing a sandbox as root. */
    static ChromeDriver headlessChromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1600,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void drawsThePathsFromTheEuToHuaweiAndShowsTheSourcesOfARelationship() throws IOException {
        browser.get("http://localhost:" + port + "/");

        pick("Huawei", "firm:huawei", "To");
        pick("EU", "bloc:EU", "From");
        browser.findElement(By.id("draw")).click();
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

        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("graph-page.png"),
                StandardCopyOption.REPLACE_EXISTING);
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

    private void pick(String query, String id, String end) {
        WebElement search = browser.findElement(By.id("search"));
        search.clear();
        search.sendKeys(query, Keys.ENTER);
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li[data-id='" + id + "']")));
        hit.findElement(By.xpath(".//button[text()='" + end + "']")).click();
    }

    /** A real mouse click on the canvas, at the middle of a drawn relationship. */
    private void clickRelationshipFrom(String id) {
        @SuppressWarnings("unchecked")
        Map<String, Number> middle = (Map<String, Number>) js(
                "const edge = lodestone.cy.getElementById(arguments[0]).connectedEdges()[0];"
                        + " const point = edge.renderedMidpoint(); return {x: point.x, y: point.y};", id);
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
