package fr.sessiontp.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.demo.DemoAccount;
import fr.sessiontp.demo.DemoAccounts;
import fr.sessiontp.TestClock;
import fr.sessiontp.demo.DemoData;
import fr.sessiontp.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The responsable opens the TSMI demo session on a tablet (768×1024): convocations sent, session opened (S2),
 * candidates checked in with convocation, identity and outfit (O1), one absent (O2), envelopes sealed with a present
 * witness (O3), content checked (O4), instructions given (O7), épreuves started; the absent candidate arrives late
 * and is admitted only once convocation, identity and outfit are checked (O1). The demo session is put back as it
 * was afterwards, since other tests read it.
 */
class OpeningBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theResponsableOpensTheTsmiDemoSessionOnATablet(Browser browser) {
        long sessionId = jdbc.sql("select id from exam_session where number = :n")
                .param("n", DemoData.TSMI_SESSION_NUMBER).query(Long.class).single();
        List<Long> candidates = jdbc.sql("""
                        select e.candidate_id from enrolment e join candidate c on c.id = e.candidate_id
                        where e.session_id = :s order by c.birth_name""")
                .param("s", sessionId).query(Long.class).list();
        assertThat(candidates).hasSize(4);
        try {
            TestClock.setDay(DemoData.TSMI_START);
            browser.resize(Browser.Viewport.TABLET);
            DemoAccount responsable = accounts.of(Role.SESSION_MANAGER);
            browser.login(responsable.username(), responsable.password());
            browser.open("/sessions/" + sessionId);
            click(browser, By.id("status-CONVENED"));
            click(browser, By.id("conduct-link"));
            click(browser, By.id("open-session"));
            waitForText(browser, By.id("session-status"), "Ouverte");

            // O1: identity not checked → refused with the rule ID, nothing recorded
            WebElement first = browser.waitFor(By.id("candidate-" + candidates.get(0)));
            first.findElement(By.name("convocation")).click();
            first.findElement(By.cssSelector(".checkin-form button")).click();
            browser.waitUntil(d -> browser.alerts().stream().anyMatch(a -> a.contains("(O1)")));

            for (long candidate : candidates.subList(0, 3)) {
                WebElement row = browser.waitFor(By.id("candidate-" + candidate));
                for (String box : List.of("convocation", "identity", "outfit")) {
                    row.findElement(By.name(box)).click();
                }
                row.findElement(By.cssSelector(".checkin-form button")).click();
                browser.waitUntil(d -> browser.path().contains("done"));
                waitForText(browser, By.id("candidate-" + candidate), "Présent(e)");
            }
            WebElement absent = browser.waitFor(By.id("candidate-" + candidates.get(3)));
            absent.findElement(By.cssSelector("form:not(.checkin-form) button")).click();
            waitForText(browser, By.id("candidate-" + candidates.get(3)), "Absent(e)");

            // O3 with a present witness, then O4
            click(browser, By.id("sealed-yes"));
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("witnessId")))
                    .selectByValue(String.valueOf(candidates.get(0)));
            click(browser, By.id("record-envelopes"));
            waitForText(browser, By.id("envelopes-result"), "cachetés");
            click(browser, By.id("content-matches"));
            click(browser, By.id("record-content"));
            waitForText(browser, By.id("content-result"), "conforme");

            // O7
            click(browser, By.id("step-PHONES_INSTRUCTION"));
            click(browser, By.id("step-COMPUTERS_INSTRUCTION"));
            browser.waitUntil(d -> d.findElements(By.id("step-COMPUTERS_INSTRUCTION")).isEmpty());
            browser.fullPageScreenshot("tsmi-opening-tablet");

            // S2: the two members of the pair present at the jury's reception
            for (int i = 0; i < 2; i++) {
                click(browser, By.cssSelector("form[action$='/confirm'] button"));
                int confirmed = i + 1;
                browser.waitUntil(d -> d.findElements(By.cssSelector("form[action$='/confirm'] button")).size() == 2 - confirmed);
            }

            click(browser, By.id("start-epreuves"));
            waitForText(browser, By.id("session-status"), "Épreuves en cours");
            assertThat(browser.mainText()).contains("Absent(e)");

            // O1 for a late arrival: the absent candidate arrives late and is admitted only once checked like the others
            long late = candidates.get(3);
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("late-candidate"))).selectByValue(String.valueOf(late));
            time(browser, "arrivedAt", "07:05");
            if (browser.driver().findElements(By.id("plannedEnd-hint")).isEmpty()) {
                time(browser, "plannedEnd", "12:00");
            }
            click(browser, By.xpath("//select[@id='late-candidate']/ancestor::form//button[@type='submit']"));
            assertThat(browser.waitFor(By.id("late-error")).getText()).contains("(O1)");
            assertThat(browser.waitFor(By.id("candidate-" + late)).getText()).contains("Absent(e)");
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("late-candidate"))).selectByValue(String.valueOf(late));
            time(browser, "arrivedAt", "07:05");
            for (String box : List.of("late-convocation", "late-identity", "late-outfit")) {
                click(browser, By.id(box));
            }
            click(browser, By.xpath("//select[@id='late-candidate']/ancestor::form//button[@type='submit']"));
            browser.waitUntil(d -> d.findElement(By.id("candidate-" + late)).getText().contains("Présent(e)"));
        } finally {
            jdbc.sql("delete from conduct_late_arrival where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_checkin where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_envelope_check where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_step where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_jury_confirmation where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from session_fact where session_id = :s").param("s", sessionId).update();
            jdbc.sql("update exam_session set status = 'PLANNED', status_reason = null where id = :s")
                    .param("s", sessionId).update();
        }
    }

    private static void time(Browser browser, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    /** Waits until the element reads the text, through the page's reload after a form (a stale element is retried). */
    private static void waitForText(Browser browser, By locator, String text) {
        browser.waitUntil(d -> {
            try {
                return d.findElement(locator).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException reloading) {
                return false;
            }
        });
    }

    /** Clicks the element once the page shows it; an element replaced by a reload meanwhile is looked up again. */
    private static void click(Browser browser, By locator) {
        browser.waitUntil(d -> {
            WebElement element = browser.waitFor(locator);
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }
}
