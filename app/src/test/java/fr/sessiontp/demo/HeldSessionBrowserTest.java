package fr.sessiontp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a visitor finds at the first start, with the real clock: the TSMI session already held (DEMO-PV-TSMI), its
 * outcomes decided by the pair, waiting for its PVs. `jury` prepares and signs a PV, `jury2` signs it, the responsable
 * countersigns it (D6, D8), on today's date, after the session's end.
 */
class HeldSessionBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void D6_D8_theJuryFindsTheHeldSessionsPvsToPrepareAndSignAndTheResponsableCountersigns(Browser browser) {
        long sessionId = jdbc.sql("select id from exam_session where number = :n")
                .param("n", DemoData.HELD_SESSION_NUMBER).query(Long.class).single();
        DemoAccount paul = accounts.of(Role.JURY);
        browser.login(paul.username(), paul.password());
        browser.open("/deliberations");
        browser.waitFor(By.cssSelector("a[aria-label='Délibération " + DemoData.HELD_SESSION_NUMBER + "']")).click();
        browser.waitUntil(d -> browser.path().endsWith("/deliberation"));
        String deliberation = browser.mainText();
        DemoData.HELD_CANDIDATES.forEach(candidate -> assertThat(deliberation).contains(candidate.lastName()));

        browser.open("/sessions/" + sessionId + "/reports");
        // three individual PVs and the general PV, none prepared yet
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/reports/prepare'] button"))).hasSize(4);
        assertThat(browser.driver().findElements(By.cssSelector("main a[href^='/reports/']"))).isEmpty();
        browser.fullPageScreenshot("held-session-reports");
        browser.waitFor(By.cssSelector("button[aria-label*='" + DemoData.HELD_CANDIDATES.get(0).lastName() + "']"))
                .click();
        browser.waitUntil(d -> browser.path().matches("/reports/\\d+.*"));
        String report = browser.path().replaceAll("\\?.*", "");
        sign(browser);
        browser.logout();

        DemoAccount sophie = accounts.all().stream()
                .filter(account -> account.username().equals(DemoData.SECOND_JURY_USER)).findFirst().orElseThrow();
        browser.login(sophie.username(), sophie.password());
        browser.open(report);
        sign(browser);
        assertThat(browser.mainText()).contains("signé par le jury, à contresigner");
        browser.logout();

        DemoAccount responsable = accounts.of(Role.SESSION_MANAGER);
        browser.login(responsable.username(), responsable.password());
        browser.open(report);
        sign(browser);
        assertThat(browser.mainText()).contains("signé et contresigné");
    }

    private static void sign(Browser browser) {
        browser.waitFor(By.id("confirm")).click();
        browser.driver().findElement(By.id("sign-button")).click();
        browser.waitUntil(d -> browser.path().contains("?signed"));
    }
}
