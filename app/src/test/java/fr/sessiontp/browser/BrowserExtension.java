package fr.sessiontp.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test method a fresh headless Chromium ({@link Browser} parameter) pointed at the application started by
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}. Chromium and ChromeDriver are looked up at /usr/bin (system
 * properties {@code sessiontp.browser.chromium} and {@code sessiontp.browser.chromedriver} override); when they are
 * missing the tests are skipped, or fail when the environment variable CI is "true". A failed test leaves a screenshot
 * {@code target/screenshots/failed-CLASS-METHOD.png}.
 */
public class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        AfterEachCallback, ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(BrowserExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    static String chromium() {
        return System.getProperty("sessiontp.browser.chromium", "/usr/bin/chromium");
    }

    static String chromedriver() {
        return System.getProperty("sessiontp.browser.chromedriver", "/usr/bin/chromedriver");
    }

    static Path screenshotDirectory() {
        return Path.of(System.getProperty("basedir", "."), "target", "screenshots").toAbsolutePath().normalize();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = Stream.of(chromium(), chromedriver())
                .filter(path -> !Files.isExecutable(Path.of(path)))
                .reduce((a, b) -> a + ", " + b).orElse(null);
        if (missing == null) {
            return;
        }
        String message = "Browser tests need Chromium and ChromeDriver; not found or not executable: " + missing
                + " (install them, e.g. apt-get install chromium chromium-driver, or set -Dsessiontp.browser.chromium"
                + " and -Dsessiontp.browser.chromedriver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message);
        }
        message += "; " + context.getDisplayName() + " skipped because CI is not \"true\"";
        log.warn(message);
        Assumptions.abort(message);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("Browser tests need @SpringBootTest(webEnvironment = RANDOM_PORT)");
        }
        Path userDataDir = Files.createTempDirectory("sessiontp-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + userDataDir, "--window-size=1280,900", "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Browser browser = new Browser(driver, "http://localhost:" + port);
        browser.resize(Browser.Viewport.DESKTOP);
        context.getStore(NAMESPACE).put(Browser.class, browser);
        context.getStore(NAMESPACE).put(Path.class, userDataDir);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser != null && context.getExecutionException().filter(e -> !(e instanceof TestAbortedException)).isPresent()) {
            try {
                Path shot = browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
                log.info("Screenshot of the failed browser test: {} (page {})", shot, browser.path());
            } catch (RuntimeException e) {
                log.warn("No screenshot of the failed browser test", e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.driver().quit();
        }
        Path userDataDir = context.getStore(NAMESPACE).remove(Path.class, Path.class);
        if (userDataDir != null) {
            try (Stream<Path> files = Files.walk(userDataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }
}
