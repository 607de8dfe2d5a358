package fr.sessiontp.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.demo.DemoAccount;
import fr.sessiontp.demo.DemoAccounts;
import fr.sessiontp.demo.DemoData;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A CCP session of the TSMI demo title run in the browser from its creation to the countersigned general PV: the
 * responsable creates it (type CCP), enrols two fictitious candidates, forms the jury pair, convenes and opens it,
 * checks one candidate in (O1) and records the other absent (O2), checks the envelopes and starts the épreuves; the
 * jury member (Paul Garnier) chooses the CCP sat, fills in the synthesis grid, is refused « Réussite » (X1), confirms
 * « Réussite partielle » with the CCP obtained, sees the absent candidate's outcome as recorded on the exam day, and
 * signs the general PV; Sophie Lemaire signs; the responsable countersigns. The sealed PDF names the CCP obtained and the
 * recorded absence.
 */
class CcpSessionBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "mot-de-passe-essai-1";

    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JuryReception reception;
    @Autowired
    Clock clock;

    @Test
    void X1_D4_D10_O2_aCcpSessionFromCreationToACountersignedPvThatNamesTheCcpObtained(Browser browser) throws Exception {
        long titleId = jdbc.sql("select id from title where code = :c").param("c", DemoData.TSMI_CODE).query(Long.class).single();
        long centreId = jdbc.sql("select centre_id from accreditation where title_id = :t").param("t", titleId)
                .query(Long.class).list().get(0);
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long lucas = candidate(centreId, "FONTAINE", "Lucas", suffix + "1");
        long emma = candidate(centreId, "TESSIER", "Emma", suffix + "2");
        String firstCcp = jdbc.sql("select code from certificate where title_id = :t and kind = 'CCP' order by position limit 1")
                .param("t", titleId).query(String.class).single();
        long paulId = juryMemberOf(DemoData.JURY_USER);
        long sophieId = juryMemberOf(DemoData.SECOND_JURY_USER);
        String sophie = "lemaire-ccp-" + suffix.toLowerCase();
        users.create(new NewUser(sophie, Role.JURY, "Sophie Lemaire", null, sophieId, null), PASSWORD);

        // ---- the responsable creates the CCP session and staffs it ----
        DemoAccount responsable = accounts.of(Role.SESSION_MANAGER);
        browser.login(responsable.username(), responsable.password());
        browser.open("/sessions/new");
        new Select(browser.waitFor(By.id("titleId"))).selectByValue(String.valueOf(titleId));
        click(browser, By.cssSelector("input[name=type][value=CCP]"));
        String number = "CCP-" + suffix;
        browser.driver().findElement(By.id("number")).sendKeys(number);
        LocalDate today = LocalDate.now(clock);
        setValue(browser, "startDate", today.toString());
        setValue(browser, "endDate", today.toString());
        Select manager = new Select(browser.driver().findElement(By.id("managerId")));
        manager.selectByIndex(manager.getOptions().size() > 1 ? 1 : 0);
        click(browser, By.cssSelector("main form button[type=submit]"));
        browser.waitUntil(d -> browser.path().matches("/sessions/\\d+\\?created.*"));
        long sessionId = Long.parseLong(browser.path().replaceAll("/sessions/(\\d+).*", "$1"));

        for (long candidate : List.of(lucas, emma)) {
            new Select(browser.waitFor(By.id("candidateId"))).selectByValue(String.valueOf(candidate));
            click(browser, By.xpath("//select[@id='candidateId']/ancestor::form//button[@type='submit']"));
            browser.waitUntil(d -> !d.findElements(By.id("pair-" + candidate)).isEmpty());
        }
        new Select(browser.waitFor(By.id("memberAId"))).selectByValue(String.valueOf(paulId));
        new Select(browser.driver().findElement(By.id("memberBId"))).selectByValue(String.valueOf(sophieId));
        click(browser, By.xpath("//select[@id='memberBId']/ancestor::form//button[@type='submit']"));
        browser.waitUntil(d -> d.findElement(By.id("pair")).getText().contains("Garnier Paul, Lemaire Sophie"));
        for (long candidate : List.of(lucas, emma)) {
            // the page may still be reloading after the previous form: a replaced element is looked up again
            browser.waitUntil(d -> {
                WebElement select = browser.waitFor(By.id("pair-" + candidate));
                new Select(select).selectByIndex(1);
                select.findElement(By.xpath("./following-sibling::button")).click();
                return true;
            });
            browser.waitUntil(d -> new Select(d.findElement(By.id("pair-" + candidate))).getFirstSelectedOption()
                    .getText().contains("Binôme n° 1"));
        }

        // ---- the exam day: convened, opened, one present (O1), one absent (O2), envelopes, épreuves ----
        click(browser, By.id("status-CONVENED"));
        click(browser, By.id("conduct-link"));
        click(browser, By.id("open-session"));
        assertThat(browser.waitFor(By.id("session-status")).getText()).isEqualTo("Ouverte");
        WebElement row = browser.waitFor(By.id("candidate-" + lucas));
        for (WebElement box : row.findElements(By.cssSelector(".checkin-form input[type=checkbox]"))) {
            box.click();
        }
        row.findElement(By.cssSelector(".checkin-form button")).click();
        browser.waitUntil(d -> d.findElement(By.id("candidate-" + lucas)).getText().contains("Présent(e)"));
        browser.waitUntil(d -> {
            browser.waitFor(By.id("candidate-" + emma)).findElement(By.cssSelector("form:not(.checkin-form) button"))
                    .click();
            return true;
        });
        browser.waitUntil(d -> d.findElement(By.id("candidate-" + emma)).getText().contains("Absent(e)"));
        click(browser, By.id("sealed-yes"));
        new Select(browser.waitFor(By.id("witnessId"))).selectByValue(String.valueOf(lucas));
        click(browser, By.id("record-envelopes"));
        browser.waitFor(By.id("envelopes-result"));
        click(browser, By.id("content-matches"));
        click(browser, By.id("record-content"));
        browser.waitFor(By.id("content-result"));
        // J1 (before the épreuves: S2 counts the members present at the reception) through the conduct module's use cases: reception items, each member confirms having no link
        for (Step step : Step.of(RuleId.J1)) {
            reception.recordItem(sessionId, step);
        }
        reception.confirmNoLink(sessionId, paulId);
        reception.confirmNoLink(sessionId, sophieId);
        click(browser, By.id("start-epreuves"));
        assertThat(browser.waitFor(By.id("session-status")).getText()).isEqualTo("Épreuves en cours");
        browser.logout();

        // ---- the jury deliberates: the CCP sat, the grid, « Réussite » refused (X1), the CCP obtained ----
        DemoAccount paul = accounts.of(Role.JURY);
        browser.login(paul.username(), paul.password());
        browser.open("/sessions/" + sessionId + "/deliberation/" + lucas);
        List<WebElement> sat = browser.waitFor(By.id("sat")).findElements(By.name("certificate"));
        for (int i = 1; i < sat.size(); i++) {
            if (sat.get(i).isSelected()) {
                scrollAndClick(browser, sat.get(i));
            }
        }
        if (!sat.get(0).isSelected()) {
            scrollAndClick(browser, sat.get(0));
        }
        click(browser, By.cssSelector("#sat button[type=submit]"));
        browser.waitUntil(d -> browser.path().contains("saved=sat"));
        for (WebElement yes : browser.waitFor(By.id("synthesis")).findElements(By.cssSelector("input[value=true]"))) {
            scrollAndClick(browser, yes);
        }
        click(browser, By.cssSelector("#synthesis button[type=submit]"));
        browser.waitUntil(d -> browser.path().contains("saved=synthesis"));
        assertThat(browser.waitFor(By.id("derived")).getText())
                .isEqualTo("La grille de synthèse conduit à : Réussite partielle au titre de la session " + firstCcp);
        click(browser, By.id("outcome-SUCCESS"));
        click(browser, By.id("confirm-outcome"));
        assertThat(browser.waitFor(By.id("outcome-error")).getText()).contains("jamais le titre").contains("(X1)");
        click(browser, By.id("outcome-PARTIAL_SUCCESS"));
        click(browser, By.id("code-" + firstCcp));
        browser.driver().findElement(By.id("recommendations")).sendKeys("Présenter les autres CCP du titre.");
        click(browser, By.id("confirm-outcome"));
        browser.waitUntil(d -> browser.path().contains("saved=outcome"));
        // the absent candidate: Absent as recorded on the exam day, no other outcome offered
        browser.open("/sessions/" + sessionId + "/deliberation/" + emma);
        assertThat(browser.waitFor(By.id("absence-record")).getText())
                .startsWith("candidat(e) enregistré(e) absent(e) le jour de l'examen par");
        assertThat(browser.driver().findElements(By.id("confirm-outcome"))).isEmpty();
        browser.fullPageScreenshot("ccp-session-absent-candidate");

        browser.open("/sessions/" + sessionId + "/reports");
        click(browser, By.cssSelector("button[aria-label*='PV général']"));
        browser.waitUntil(d -> browser.path().matches("/reports/\\d+.*"));
        String general = browser.path().replaceAll("\\?.*", "");
        sign(browser);
        browser.logout();

        browser.login(sophie, PASSWORD);
        browser.open(general);
        sign(browser);
        browser.logout();

        browser.login(responsable.username(), responsable.password());
        browser.open(general);
        sign(browser);
        assertThat(browser.mainText()).contains("signé et contresigné");
        browser.fullPageScreenshot("ccp-session-general-pv");

        byte[] pdf = jdbc.sql("""
                select sealed_pdf from report_signature where report_version_id = :v order by seq desc limit 1""")
                .param("v", Long.parseLong(general.replaceAll("\\D", ""))).query((rs, n) -> rs.getBytes(1)).single();
        String text = PvChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("session n° " + number).contains("Type de session : CCP")
                .contains("la session ne délivre pas le titre")
                .containsPattern("FONTAINE Lucas .*" + firstCcp)
                .contains("Absences et incidents consignés le jour de l'examen").contains("TESSIER Emma")
                .contains("enregistré(e) absent(e) le jour de l'examen par")
                .contains("Contresigné électroniquement par");
        PvChecks.pictureOfPageOne(PvChecks.write("pv-general-ccp-session.pdf", pdf));
        assertThat(jdbc.sql("select outcome || ':' || array_to_string(awarded_codes, ',') from report_line l"
                        + " where report_version_id = :v and candidate_id = :c")
                .param("v", Long.parseLong(general.replaceAll("\\D", ""))).param("c", lucas).query(String.class).single())
                .isEqualTo("PARTIAL_SUCCESS:" + firstCcp);
    }

    private long candidate(long centreId, String birthName, String firstNames, String suffix) {
        return jdbc.sql("""
                        insert into candidate (centre_id, identifier, birth_name, first_names, access_route)
                        values (:c, :i, :b, :f, 'TRAINING') returning id""")
                .param("c", centreId).param("i", "CCP" + suffix).param("b", birthName).param("f", firstNames)
                .query(Long.class).single();
    }

    /** The demo jury member a demo login acts for (other tests create jury members with the same names). */
    private long juryMemberOf(String username) {
        return jdbc.sql("select person_id from app_user where username = :u").param("u", username)
                .query(Long.class).single();
    }

    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, value);
    }

    private static void click(Browser browser, By locator) {
        scrollAndClick(browser, browser.waitFor(locator));
    }

    private static void scrollAndClick(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static void sign(Browser browser) {
        click(browser, By.id("confirm"));
        click(browser, By.id("sign-button"));
        browser.waitUntil(d -> browser.path().contains("?signed"));
    }
}
