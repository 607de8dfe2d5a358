package fr.sessiontp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.security.Role;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The responsable opens the TSMI demo session from the home page ("Mes sessions", links to /sessions/{id}) and sees its
 * four candidates.
 */
class SessionBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoAccounts accounts;

    @Test
    void theResponsableOpensTheTsmiSessionAndSeesItsFourCandidates(Browser browser) {
        DemoAccount responsable = accounts.of(Role.SESSION_MANAGER);
        browser.login(responsable.username(), responsable.password());
        assertThat(browser.heading()).isEqualTo("Mes sessions");

        WebElement link = browser.waitFor(By.xpath("//main//a[contains(@href, '/sessions/') and (contains(., '"
                + DemoData.TSMI_SESSION_NUMBER + "') or contains(., 'maintenance industrielle'))]"));
        link.click();
        browser.waitUntil(driver -> browser.path().matches("/sessions/\\d+.*"));

        String page = browser.mainText().toLowerCase(Locale.FRENCH);
        for (DemoData.Name candidate : DemoData.TSMI_CANDIDATES) {
            assertThat(page).as("candidate %s on the session page", candidate.full())
                    .contains(candidate.lastName().toLowerCase(Locale.FRENCH))
                    .contains(candidate.firstNames().toLowerCase(Locale.FRENCH));
        }
        browser.fullPageScreenshot("tsmi-session");
        browser.resize(Browser.Viewport.TABLET);
        browser.fullPageScreenshot("tsmi-session-tablet");
    }
}
