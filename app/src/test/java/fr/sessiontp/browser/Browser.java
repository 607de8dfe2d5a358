package fr.sessiontp.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium on the application under test, with the few actions the browser tests share. */
public final class Browser {

    /** The window sizes the pages are checked at. */
    public enum Viewport {
        DESKTOP(1280, 900), TABLET(768, 1024);

        final int width;
        final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebDriver driver;
    private final String baseUrl;

    Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** The Selenium driver, for what the helpers do not cover. */
    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the application, such as {@code /login}. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** The path of the current page, without host and port. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public Browser resize(Viewport viewport) {
        driver.manage().window().setSize(new Dimension(viewport.width, viewport.height));
        return this;
    }

    /** Fills in and submits the login form; returns once the browser has left the login page or shows its error. */
    public Browser login(String username, String password) {
        open("/login");
        WebElement user = driver.findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.id("password"));
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(d -> !path().startsWith("/login") || path().contains("error"));
        return this;
    }

    /** Logs out through the header's button. */
    public Browser logout() {
        driver.findElement(By.cssSelector("header form button[type=submit]")).click();
        waitUntil(d -> path().startsWith("/login"));
        return this;
    }

    /** The text of the page's first-level heading. */
    public String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    /** The visible text of the main content. */
    public String mainText() {
        return waitFor(By.id("main")).getText();
    }

    /** The texts of the elements with role="alert". */
    public List<String> alerts() {
        return driver.findElements(By.cssSelector("[role=alert]")).stream().map(WebElement::getText).toList();
    }

    public WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        waiting().until(condition::apply);
    }

    /**
     * Polls until the condition holds. While a form's answer loads, an element read by the condition can be replaced
     * (a stale element, or Chromium's « node does not belong to the document »): the condition is simply tried again,
     * and only the timeout fails the wait.
     */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
        wait.pollingEvery(Duration.ofMillis(50));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /**
     * Saves a PNG of the whole page, not only what the window shows, as {@code target/screenshots/NAME.png}: the window
     * grows to the page's height for the shot, then gets its size back.
     */
    public Path fullPageScreenshot(String name) {
        Dimension size = driver.manage().window().getSize();
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        int pageHeight = ((Number) height).intValue();
        if (pageHeight <= size.getHeight()) {
            return screenshot(name);
        }
        driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(pageHeight + 100, 8000)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /** Saves a PNG of the visible page as {@code target/screenshots/NAME.png}; returns its path. */
    public Path screenshot(String name) {
        Path target = BrowserExtension.screenshotDirectory().resolve(name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + target, e);
        }
    }
}
