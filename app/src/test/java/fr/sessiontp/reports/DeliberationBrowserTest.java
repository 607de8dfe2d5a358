package fr.sessiontp.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.demo.DemoAccount;
import fr.sessiontp.demo.DemoAccounts;
import fr.sessiontp.TestClock;
import fr.sessiontp.demo.DemoData;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.application.OpeningDay;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.session.Sessions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The TSMI demo session deliberated in the browser: the jury (Paul Garnier) fills in the grids of the four candidates
 * and confirms their outcomes (one refused as inconsistent with the grid, D4; the fourth is Absent as the responsable
 * recorded it on the exam day, O2), prepares and signs the individual PV of
 * the first candidate and the general PV, Sophie Lemaire (the other member of the pair, a login created here) signs
 * them too, and the responsable countersigns; the sealed PDF's text is checked.
 */
class DeliberationBrowserTest extends BrowserTestSupport {

    @Autowired
    fr.sessiontp.session.SessionGate gate;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Sessions sessions;
    @Autowired
    OpeningDay opening;
    @Autowired
    JuryReception reception;

    @Test
    void D4_D6_D7_D8_theJuryDeliberatesTheTsmiSessionSignsAndTheResponsableCountersigns(Browser browser) throws Exception {
        long sessionId = jdbc.sql("select id from exam_session where number = :n").param("n", DemoData.TSMI_SESSION_NUMBER)
                .query(Long.class).single();
        long lemaire = jdbc.sql("""
                        select m.id from jury_member m join jury_pair p on m.id in (p.member_a_id, p.member_b_id)
                        join person n on n.id = m.person_id
                        where p.session_id = :s and n.last_name = :l and n.first_name = :f""")
                .param("s", sessionId)
                .param("l", DemoData.TSMI_JURY_B.lastName()).param("f", DemoData.TSMI_JURY_B.firstNames())
                .query(Long.class).single();
        try {
            receptionComplete(sessionId);
            deliberateAndSign(browser, sessionId, lemaire);
        } finally {
            // DEMO-TSMI back to planned, without the reception, so that tests reading it do not depend on the order
            jdbc.sql("delete from conduct_jury_confirmation where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_checkin where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_step where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_checkin where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_envelope_check where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from session_fact where session_id = :s").param("s", sessionId).update();
            jdbc.sql("update exam_session set status = 'PLANNED', status_reason = null where id = :s")
                    .param("s", sessionId).update();
        }
    }

    /**
     * J1 through the conduct module's use cases (not the browser), on the session's first day: convened, opened,
     * reception items, no-link confirmations (the members present), a candidate witnessing the sealed envelopes, the
     * épreuves started; then the clock moves to the last day, when the jury deliberates.
     */
    private void receptionComplete(long sessionId) {
        TestClock.setDay(DemoData.TSMI_START);
        gate.convene(sessionId);
        opening.open(sessionId);
        // O2: Rigaud, last by birth name, is recorded absent on the exam day by the responsable
        opening.markAbsent(sessionId, jdbc.sql("""
                        select e.candidate_id from enrolment e join candidate c on c.id = e.candidate_id
                        where e.session_id = :s order by c.birth_name desc limit 1""")
                .param("s", sessionId).query(Long.class).single());
        for (Step step : Step.of(RuleId.J1)) {
            reception.recordItem(sessionId, step);
        }
        for (long member : jdbc.sql("""
                        select member_a_id from jury_pair where session_id = :s
                        union select member_b_id from jury_pair where session_id = :s""")
                .param("s", sessionId).query(Long.class).list()) {
            reception.confirmNoLink(sessionId, member);
        }
        long witness = jdbc.sql("select candidate_id from enrolment where session_id = :s order by candidate_id limit 1")
                .param("s", sessionId).query(Long.class).single();
        opening.checkIn(sessionId, witness, true, true, true);
        opening.checkEnvelopes(sessionId, true, witness, null);
        opening.startEpreuves(sessionId);
        TestClock.setDay(DemoData.TSMI_END);
    }

    private void deliberateAndSign(Browser browser, long sessionId, long lemaire) throws Exception {
        String sophie = "lemaire-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(new NewUser(sophie, Role.JURY, "Sophie Lemaire", null, lemaire, null), "mot-de-passe-essai-1");
        List<Long> candidates = jdbc.sql("""
                select e.candidate_id from enrolment e join candidate c on c.id = e.candidate_id
                where e.session_id = :s order by c.birth_name""").param("s", sessionId).query(Long.class).list();
        // Carpentier, Haddad, Lefort, Rigaud
        DemoAccount paul = accounts.of(Role.JURY);
        browser.login(paul.username(), paul.password());
        browser.open("/deliberations");
        browser.waitFor(By.cssSelector("a[aria-label='Délibération " + DemoData.TSMI_SESSION_NUMBER + "']")).click();
        browser.waitUntil(d -> browser.path().endsWith("/deliberation"));
        assertThat(browser.mainText()).contains("Lefort").contains("Rigaud");

        deliberate(browser, sessionId, candidates.get(0), "all", "SUCCESS", null);
        deliberate(browser, sessionId, candidates.get(1), "firstOnly", "PARTIAL_SUCCESS", "Consolider le second bloc.");
        deliberate(browser, sessionId, candidates.get(2), "none", "FAILURE", "Reprendre la formation.");
        // Rigaud: recorded absent by the responsable on the exam day (O2); the jury types nothing
        browser.open("/sessions/" + sessionId + "/deliberation/" + candidates.get(3));
        assertThat(browser.waitFor(By.id("absence-record")).getText())
                .startsWith("candidat(e) enregistré(e) absent(e) le jour de l'examen par");
        assertThat(browser.driver().findElements(By.id("confirm-outcome"))).isEmpty();
        browser.fullPageScreenshot("deliberation-candidate");

        // individual PV of Haddad (partial success), then the general PV
        browser.open("/sessions/" + sessionId + "/reports");
        browser.waitFor(By.cssSelector("button[aria-label*='Haddad']")).click();
        browser.waitUntil(d -> browser.path().matches("/reports/\\d+.*"));
        String individual = browser.path().replaceAll("\\?.*", "");
        sign(browser);
        browser.open("/sessions/" + sessionId + "/reports");
        browser.waitFor(By.cssSelector("button[aria-label*='PV général']")).click();
        browser.waitUntil(d -> browser.path().matches("/reports/\\d+.*"));
        String general = browser.path().replaceAll("\\?.*", "");
        sign(browser);
        browser.logout();

        browser.login(sophie, "mot-de-passe-essai-1");
        for (String report : List.of(individual, general)) {
            browser.open(report);
            sign(browser);
        }
        assertThat(browser.mainText()).contains("signé par le jury, à contresigner");
        browser.logout();

        DemoAccount responsable = accounts.of(Role.SESSION_MANAGER);
        browser.login(responsable.username(), responsable.password());
        for (String report : List.of(individual, general)) {
            browser.open(report);
            assertThat(browser.driver().findElements(By.id("s7-warning"))).isEmpty();
            // not ticked: refused, nothing signed
            browser.waitFor(By.id("sign-button")).click();
            assertThat(browser.waitFor(By.id("sign-error")).getText()).contains("(D8)");
            sign(browser);
            assertThat(browser.mainText()).contains("signé et contresigné");
        }
        browser.open(general + "/document");
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .contains("PROCÈS-VERBAL DE SESSION D'EXAMEN").contains("Contresigné électroniquement par");
        browser.open(general);
        browser.fullPageScreenshot("general-pv-countersigned");

        byte[] pdf = jdbc.sql("""
                select sealed_pdf from report_signature where report_version_id = :v order by seq desc limit 1""")
                .param("v", Long.parseLong(general.replaceAll("\\D", ""))).query((rs, n) -> rs.getBytes(1)).single();
        String text = PvChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("session n° " + DemoData.TSMI_SESSION_NUMBER).contains(DemoData.TSMI_CODE)
                .contains("Lefort").contains("Haddad").contains("Carpentier").contains("Rigaud")
                .contains("enregistré(e) absent(e) le jour de l'examen par").contains("Garnier Paul").contains("Lemaire Sophie")
                .contains("Contresigné électroniquement par Marchand Hélène");
        Path file = PvChecks.write("pv-general-demo-tsmi.pdf", pdf);
        assertThat(PvChecks.pdfsig(file)).contains("Signature is Valid.");
        PvChecks.pictureOfPageOne(file);
        byte[] individualPdf = jdbc.sql("""
                select sealed_pdf from report_signature where report_version_id = :v order by seq desc limit 1""")
                .param("v", Long.parseLong(individual.replaceAll("\\D", ""))).query((rs, n) -> rs.getBytes(1)).single();
        assertThat(PvChecks.text(individualPdf)).contains("Nom de naissance : Haddad").contains("Prénom : Yanis");
        PvChecks.pictureOfPageOne(PvChecks.write("pv-individuel-demo-tsmi.pdf", individualPdf));
    }

    private static void sign(Browser browser) {
        browser.waitFor(By.id("confirm")).click();
        browser.driver().findElement(By.id("sign-button")).click();
        browser.waitUntil(d -> browser.path().contains("?signed"));
    }

    private static void deliberate(Browser browser, long sessionId, long candidate, String grid, String outcome,
                                   String recommendations) {
        browser.open("/sessions/" + sessionId + "/deliberation/" + candidate);
        browser.waitFor(By.cssSelector("textarea[id^='obs-']")).sendKeys("Travail méthodique.");
        browser.driver().findElement(By.cssSelector("#observations button[type=submit]")).click();
        browser.waitUntil(d -> browser.path().contains("saved=observations"));
        browser.waitFor(By.id("conclusions")).sendKeys("Entretien final concluant.");
        browser.driver().findElement(By.cssSelector("#interview button[type=submit]")).click();
        browser.waitUntil(d -> browser.path().contains("saved=interview"));

        List<WebElement> tables = browser.driver().findElements(By.cssSelector("#synthesis table"));
        for (int t = 0; t < tables.size(); t++) {
            boolean mastered = grid.equals("all") || (grid.equals("firstOnly") && t == 0);
            for (WebElement radio : tables.get(t).findElements(By.cssSelector(mastered ? "input[value=true]" : "input[value=false]"))) {
                radio.click();
            }
        }
        browser.driver().findElement(By.cssSelector("#synthesis button[type=submit]")).click();
        browser.waitUntil(d -> browser.path().contains("saved=synthesis"));
        assertThat(browser.waitFor(By.id("derived")).getText()).startsWith("La grille de synthèse conduit à");

        if (outcome.equals("PARTIAL_SUCCESS")) {
            // first try without the code the grid implies: refused (D4), typed text kept
            browser.waitFor(By.id("outcome-PARTIAL_SUCCESS")).click();
            browser.driver().findElement(By.id("recommendations")).sendKeys(recommendations);
            browser.driver().findElement(By.id("confirm-outcome")).click();
            assertThat(browser.waitFor(By.id("outcome-error")).getText()).contains("(D4)");
            browser.driver().findElement(By.cssSelector("#outcome input[name=code]")).click();
        } else {
            browser.waitFor(By.id("outcome-" + outcome)).click();
            if (recommendations != null) {
                browser.driver().findElement(By.id("recommendations")).sendKeys(recommendations);
            }
        }
        browser.driver().findElement(By.id("confirm-outcome")).click();
        browser.waitUntil(d -> browser.path().contains("saved=outcome"));
    }
}
