package io.lodestone.page;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for all the page tests of a run, quit when the run ends: starting one
 * costs seconds on a busy machine. A test asks for a {@link ChromeDriver} and gets the browser on
 * a new tab, the previous test's tabs closed; the pages keep their state in sessionStorage, which
 * is the tab's own, so each test starts as on a freshly opened browser. Tests are skipped where
 * Debian's chromium and chromium-driver are missing.
 */
public final class Chromium implements BeforeEachCallback, ParameterResolver {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "No headless browser here: needs Debian's chromium and chromium-driver (/usr/bin/chromium,"
                        + " /usr/bin/chromedriver); install them with apt-get install -y chromium chromium-driver"
                        + " (.ci/run does).");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChromeDriver.class;
    }

    @Override
    public ChromeDriver resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Shared shared = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Shared.class, key -> new Shared(), Shared.class);
        return shared.freshTab();
    }

    /** A headless Chromium on a fresh profile; flags keep it from reaching out or needing a sandbox as root. */
    static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1600,1000", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser of the run; closed by JUnit with the root store. */
    private static final class Shared implements AutoCloseable {

        private final ChromeDriver browser = start();

        ChromeDriver freshTab() {
            Set<String> old = browser.getWindowHandles();
            browser.switchTo().newWindow(WindowType.TAB);
            String tab = browser.getWindowHandle();
            for (String handle : old) {
                browser.switchTo().window(handle).close();
            }
            browser.switchTo().window(tab);
            return browser;
        }

        @Override
        public void close() {
            browser.quit();
        }
    }
}
