package fr.sessiontp.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.demo.DemoAccount;
import fr.sessiontp.demo.DemoAccounts;
import fr.sessiontp.demo.DemoData;
import fr.sessiontp.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The responsable plans the TSMI demo session from the browser, follows the progress, sees the timeline (kept as a
 * screenshot) and downloads the poster, whose text is checked.
 */
class DerouleBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoAccounts accounts;

    /** A PNG of the first day's timeline only, under target/screenshots/. */
    static Path timelineShot(Browser browser) throws Exception {
        WebElement first = browser.driver().findElement(By.cssSelector(".timeline"));
        Path target = Path.of(System.getProperty("basedir", "."), "target", "screenshots", "deroule-tsmi-timeline.png");
        Files.createDirectories(target.getParent());
        Files.write(target, first.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        return target;
    }

    @Test
    void P1_P4_theResponsablePlansTheTsmiDemoSeesTheTimelineAndDownloadsThePoster(Browser browser) throws Exception {
        DemoAccount responsable = accounts.of(Role.SESSION_MANAGER);
        browser.login(responsable.username(), responsable.password());
        browser.open("/deroules");
        browser.waitFor(By.xpath("//main//a[contains(., '" + DemoData.TSMI_SESSION_NUMBER + "')]")).click();
        browser.waitUntil(d -> browser.path().matches("/sessions/\\d+/deroule"));
        assertThat(browser.heading()).contains("Déroulé de la session " + DemoData.TSMI_SESSION_NUMBER);

        browser.waitFor(By.id("plan")).click();
        // htmx polls the progress until the background job is over
        WebElement show = new WebDriverWait(browser.driver(), Duration.ofSeconds(40))
                .pollingEvery(Duration.ofMillis(200))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("show-result")));
        assertThat(browser.driver().findElement(By.id("job-progress")).getText()).contains("Meilleur résultat");
        show.click();

        browser.waitFor(By.cssSelector(".tl-grid"));
        browser.fullPageScreenshot("deroule-tsmi");
        String timelines = String.join("\n", browser.driver().findElements(By.cssSelector(".tl-grid")).stream()
                .map(WebElement::getText).toList());
        assertThat(timelines).contains("Salle JURY-A").contains("Responsable : Marchand Hélène")
                .contains("MSP1");
        String main = browser.mainText();
        assertThat(main).contains("Le déroulé respecte toutes les contraintes.").contains("Pause déjeuner")
                .contains("Lefort Kévin");
        Path shot = timelineShot(browser);
        assertThat(shot).exists();

        String href = browser.driver().findElement(By.id("poster")).getAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("deroule-tsmi-poster.pdf"), response.body());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Déroulé de la session " + DemoData.TSMI_SESSION_NUMBER)
                    .contains("règlement général des sessions").contains("Accueil des candidats")
                    .contains("Pause déjeuner").contains("Délibérations").contains("Garnier Paul");
        }
    }
}
