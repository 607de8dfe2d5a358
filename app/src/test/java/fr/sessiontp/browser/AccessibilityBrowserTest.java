package fr.sessiontp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.demo.DemoAccount;
import fr.sessiontp.demo.DemoAccounts;
import fr.sessiontp.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs axe-core (src/test/resources/axe, pinned) in Chromium on every main page, as the demo user who uses it, and fails
 * on any violation of impact "serious" or "critical", listing every violation with its targets. Also checks that the
 * login form and the skip link work with the keyboard alone. See docs/accessibility.md.
 */
class AccessibilityBrowserTest extends BrowserTestSupport {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String AXE = axeSource();
    private static final java.util.concurrent.atomic.AtomicInteger FOUND = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMainPageHasNoSeriousOrCriticalAxeViolation(Browser browser) {
        List<String> blocking = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        long session = 1;

        // The harness itself: a deliberately broken copy of the login page must be caught.
        browser.open("/login");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var i = document.createElement('input'); i.type = 'text'; document.querySelector('main').appendChild(i);");
        List<String> planted = new ArrayList<>();
        check(browser, "connexion avec un champ sans étiquette (témoin)", planted, new ArrayList<>());
        assertThat(planted).as("axe-core reports a planted unlabelled field").anyMatch(v -> v.contains("label"));
        FOUND.set(0);

        check(browser.open("/login"), "connexion", blocking, checked);
        browser.login("personne-inconnue-axe", "mauvais");
        check(browser, "connexion (erreur)", blocking, checked);

        login(browser, Role.ADMIN);
        check(browser.open("/"), "accueil (admin)", blocking, checked);
        check(browser.open("/sessions/" + session), "page de session", blocking, checked);
        check(browser.open("/sessions/new"), "nouvelle session", blocking, checked);
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitFor(By.cssSelector("[role=alert]"));
        check(browser, "nouvelle session (erreurs de saisie)", blocking, checked);
        check(browser.open("/sessions/" + session + "/edit"), "modification de session", blocking, checked);
        check(browser.open("/people/candidates"), "candidats", blocking, checked);
        firstLink(browser, "/people/candidates/", "/new", "/import")
                .ifPresent(href -> check(browser.open(href), "fiche candidat", blocking, checked));
        check(browser.open("/people/candidates/new"), "nouveau candidat", blocking, checked);
        browser.driver().findElement(By.cssSelector("main form button.primary")).click();
        browser.waitFor(By.cssSelector("[role=alert]"));
        check(browser, "nouveau candidat (erreurs de saisie)", blocking, checked);
        check(browser.open("/people/candidates/import"), "import de candidats", blocking, checked);
        check(browser.open("/people/jury"), "jury", blocking, checked);
        firstLink(browser, "/people/jury/", "/new", "/import")
                .ifPresent(href -> check(browser.open(href), "fiche membre du jury", blocking, checked));
        check(browser.open("/people/staff"), "personnel", blocking, checked);
        firstLink(browser, "/people/staff/", "/new")
                .ifPresent(href -> check(browser.open(href), "fiche personnel", blocking, checked));
        check(browser.open("/titles"), "titres", blocking, checked);
        firstLink(browser, "/titles/", "/new")
                .ifPresent(href -> check(browser.open(href), "fiche titre", blocking, checked));
        check(browser.open("/centre"), "centre", blocking, checked);
        check(browser.open("/deroules"), "déroulés", blocking, checked);
        check(browser.open("/sessions/" + session + "/deroule"), "déroulé de session", blocking, checked);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "var b = document.querySelector('.tl-block');"
                        + " return b === null || getComputedStyle(b).gridColumnStart !== 'auto';"))
                .as("timeline blocks placed by app.js under the Content-Security-Policy").isEqualTo(true);
        check(browser.open("/sessions/" + session + "/conduct"), "conduite de l'épreuve", blocking, checked);
        check(browser.open("/deliberations"), "délibérations et PV", blocking, checked);
        check(browser.open("/sessions/" + session + "/reports"), "PV de la session", blocking, checked);
        latestReportVersion().ifPresent(id -> check(browser.open("/reports/" + id), "PV", blocking, checked));
        check(browser.open("/sessions/" + session + "/closing"), "clôture et transmission", blocking, checked);
        check(browser.open("/results"), "résultats", blocking, checked);
        check(browser.open("/sessions/" + session + "/results"), "résultats de la session", blocking, checked);
        check(browser.open("/sessions/" + session + "/board"), "tableau d'affichage des résultats", blocking, checked);
        check(browser.open("/resits"), "candidats à repasser", blocking, checked);
        check(browser.open("/sessions/" + session + "/retention"), "conservation des documents", blocking, checked);
        check(browser.open("/admin/api-tokens"), "jetons d'API", blocking, checked);
        check(browser.open("/admin/audit"), "journal d'audit", blocking, checked);
        browser.driver().findElement(By.cssSelector("[hx-get$='/admin/audit/verification']")).click();
        browser.waitFor(By.cssSelector("#verification .alert"));
        check(browser, "journal d'audit (vérification)", blocking, checked);
        check(browser.open("/sessions/987654321"), "page introuvable", blocking, checked);

        login(browser, Role.JURY);
        check(browser.open("/"), "accueil (jury)", blocking, checked);
        check(browser.open("/sessions/" + session + "/deliberation"), "délibération", blocking, checked);
        firstLink(browser, "/sessions/" + session + "/deliberation/")
                .ifPresent(href -> check(browser.open(href), "délibération d'un candidat", blocking, checked));

        login(browser, Role.PROCTOR);
        check(browser.open("/sessions/" + session + "/conduct"), "conduite (surveillant)", blocking, checked);

        login(browser, Role.AUTHORITY);
        check(browser.open("/"), "accueil (DREETS)", blocking, checked);
        check(browser.open("/authority"), "espace DREETS", blocking, checked);
        check(browser.open("/authority/dashboard"), "tableau de bord régional", blocking, checked);
        check(browser.open("/authority/sessions/" + session), "session reçue (DREETS)", blocking, checked);

        login(browser, Role.PLATFORM_ADMIN);
        check(browser.open("/platform/centres"), "centres (plateforme)", blocking, checked);
        browser.driver().findElement(By.cssSelector("#centre-form button[type=submit]")).click();
        browser.waitFor(By.cssSelector("[role=alert]"));
        check(browser, "centres (erreurs de saisie)", blocking, checked);
        check(browser.open("/platform/centres/1/edit"), "modification d'un centre", blocking, checked);
        check(browser.open("/platform/titles/import"), "import d'un référentiel", blocking, checked);

        System.out.printf("axe-core: %d pages checked, %d violations of any impact (%d serious or critical): %s%n",
                checked.size(), FOUND.get(), blocking.size(), checked);
        assertThat(blocking).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void theLoginFormWorksWithTheKeyboardAlone(Browser browser) {
        DemoAccount admin = accounts.of(Role.ADMIN);
        browser.open("/login");
        WebDriver driver = browser.driver();
        // The identifier field has the focus when the page opens; Tab goes to the password, Enter submits.
        assertThat(active(driver).getAttribute("id")).isEqualTo("username");
        new Actions(driver).sendKeys(admin.username()).sendKeys(Keys.TAB).sendKeys(admin.password())
                .sendKeys(Keys.ENTER).perform();
        browser.waitUntil(d -> !browser.path().startsWith("/login"));
        assertThat(browser.heading()).isEqualTo("Mes sessions");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndTakesTheKeyboardToTheMainContent(Browser browser) {
        login(browser, Role.ADMIN);
        browser.open("/");
        WebDriver driver = browser.driver();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = active(driver);
        assertThat(skip.getAttribute("class")).contains("skip-link");
        assertThat(skip.isDisplayed()).as("the skip link shows when focused").isTrue();
        assertThat(skip.getText()).isEqualTo("Aller au contenu");

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new Actions(driver).sendKeys(Keys.TAB).perform();
        Object inMain = ((JavascriptExecutor) driver).executeScript(
                "return document.activeElement.closest('main') !== null");
        assertThat(inMain).as("after the skip link, Tab lands in <main>, past the navigation").isEqualTo(true);
    }

    private void login(Browser browser, Role role) {
        if (!browser.path().startsWith("/login")) {
            browser.open("/");
            if (!browser.driver().findElements(By.cssSelector("header form button[type=submit]")).isEmpty()) {
                browser.logout();
            }
        }
        DemoAccount account = accounts.of(role);
        browser.login(account.username(), account.password());
        assertThat(browser.path()).as(account.username() + " logged in").doesNotStartWith("/login");
    }

    /** Runs axe on the page as it is; records every violation, and the blocking ones separately. */
    @SuppressWarnings("unchecked")
    private void check(Browser browser, String name, List<String> blocking, List<String> checked) {
        WebDriver driver = browser.driver();
        browser.waitFor(By.tagName("main"));
        assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.htmx"))
                .as("htmx loaded from /webjars under the Content-Security-Policy on " + name).isEqualTo("object");
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AXE);
        }
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.map(function (v) {
                    return {id: v.id, impact: v.impact || '', help: v.help,
                            targets: v.nodes.map(function (n) { return n.target.join(' ') + ' — ' + n.html.substring(0, 120); })};
                  }));
                }).catch(function (e) { done('axe error: ' + e); });""");
        assertThat(result).as("axe result on " + name).isInstanceOf(List.class);
        String page = name + " (" + browser.path() + ")";
        checked.add(page);
        FOUND.addAndGet(((List<?>) result).size());
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            String line = "[" + violation.get("impact") + "] " + violation.get("id") + " on " + page + ": "
                    + violation.get("help") + " — " + violation.get("targets");
            System.out.println("axe: " + line);
            if (BLOCKING.contains(String.valueOf(violation.get("impact")))) {
                blocking.add(line);
            }
        }
    }

    /** The href of the first link in main starting with the prefix, skipping those ending with one of the suffixes. */
    private static Optional<String> firstLink(Browser browser, String prefix, String... excludedSuffixes) {
        Set<String> hrefs = new LinkedHashSet<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("main a[href]"))) {
            String href = link.getDomAttribute("href");
            if (href != null && href.startsWith(prefix)
                    && java.util.Arrays.stream(excludedSuffixes).noneMatch(href::endsWith)) {
                hrefs.add(href);
            }
        }
        return hrefs.stream().findFirst();
    }

    private Optional<Long> latestReportVersion() {
        return jdbc.sql("select max(id) from report_version where session_id = 1").query(Long.class).optional();
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core missing from src/test/resources/axe", e);
        }
    }
}
