package fr.sessiontp.closing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.application.OpeningDay;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.demo.DemoAccount;
import fr.sessiontp.demo.DemoAccounts;
import fr.sessiontp.TestClock;
import fr.sessiontp.demo.DemoData;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.application.DecideOutcome;
import fr.sessiontp.evaluation.application.EvaluateCandidate;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.reports.application.Reports;
import fr.sessiontp.retention.application.RecordPortfolioReturn;
import fr.sessiontp.retention.domain.PortfolioReturn;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.Sessions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The TSMI demo session closed in the browser. Its deliberation and every PV's signatures (Paul Garnier and Sophie
 * Lemaire, the demo's two jury logins, then the responsable's countersignature) are prepared through the use cases;
 * then, in the browser, the responsable transmits the signed PVs (A1), the DREETS (`dreets`) finds the session in its
 * space, downloads a sealed PV and validates them — which releases the results (D9) —, looks at its regional
 * dashboard, and the responsable archives the session, its copy of the PVs still listed (X7).
 */
class ClosingBrowserTest extends BrowserTestSupport {

    @Autowired
    fr.sessiontp.session.SessionGate gate;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Sessions sessions;
    @Autowired
    OpeningDay opening;
    @Autowired
    JuryReception reception;
    @Autowired
    EvaluateCandidate evaluate;
    @Autowired
    DecideOutcome decide;
    @Autowired
    Reports reports;
    @Autowired
    RecordPortfolioReturn portfolioReturns;

    @Test
    void A1_D9_X7_theResponsableTransmitsTheDreetsValidatesAndTheCentreArchivesTheTsmiSession(Browser browser) {
        long sessionId = jdbc.sql("select id from exam_session where number = :n").param("n", DemoData.TSMI_SESSION_NUMBER)
                .query(Long.class).single();
        try {
            reportsSigned(sessionId);
            closeInTheBrowser(browser, sessionId);
        } finally {
            // DEMO-TSMI back to planned, without the reception nor the jury's grids and outcomes, so that the tests
            // reading it (DeliberationBrowserTest deliberates it from scratch) do not depend on the order. The PV
            // versions, transmissions and decisions are append-only and stay: later versions supersede them.
            for (String table : List.of("eval_deliberation", "eval_certificate_sat", "eval_synthesis",
                    "eval_final_interview", "eval_observation")) {
                jdbc.sql("delete from " + table + " where session_id = :s").param("s", sessionId).update();
            }
            jdbc.sql("delete from conduct_jury_confirmation where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_step where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_checkin where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from conduct_envelope_check where session_id = :s").param("s", sessionId).update();
            jdbc.sql("delete from session_fact where session_id = :s").param("s", sessionId).update();
            jdbc.sql("update exam_session set status = 'PLANNED', status_reason = null where id = :s")
                    .param("s", sessionId).update();
        }
    }

    /** Through the use cases: reception, outcomes, every PV prepared, signed by the pair and countersigned. */
    private void reportsSigned(long sessionId) {
        TestClock.setDay(DemoData.TSMI_START);
        gate.convene(sessionId);
        opening.open(sessionId);
        Step.of(RuleId.J1).forEach(step -> reception.recordItem(sessionId, step));
        List<Long> members = jdbc.sql("""
                        select member_a_id from jury_pair where session_id = :s
                        union select member_b_id from jury_pair where session_id = :s""")
                .param("s", sessionId).query(Long.class).list();
        members.forEach(member -> reception.confirmNoLink(sessionId, member));
        long witness = jdbc.sql("select candidate_id from enrolment where session_id = :s order by candidate_id limit 1")
                .param("s", sessionId).query(Long.class).single();
        opening.checkIn(sessionId, witness, true, true, true);
        opening.checkEnvelopes(sessionId, true, witness, null);
        opening.startEpreuves(sessionId);
        TestClock.setDay(DemoData.TSMI_END);

        CurrentUser paul = demoUser(DemoData.JURY_USER);
        CurrentUser sophie = demoUser(DemoData.SECOND_JURY_USER);
        CurrentUser manager = demoUser(DemoData.MANAGER_USER);
        List<Long> competences = jdbc.sql("""
                        select k.id from competence k join certificate c on c.id = k.certificate_id
                        join exam_session s on s.title_id = c.title_id
                        where s.id = :s and c.kind = 'CCP'""").param("s", sessionId).query(Long.class).list();
        List<Long> candidates = jdbc.sql("""
                select e.candidate_id from enrolment e join candidate c on c.id = e.candidate_id
                where e.session_id = :s order by c.birth_name""").param("s", sessionId).query(Long.class).list();
        for (int i = 0; i < candidates.size(); i++) {
            boolean passed = i != 2;
            Map<Long, Boolean> grid = new LinkedHashMap<>();
            competences.forEach(k -> grid.put(k, passed));
            evaluate.synthesis(paul, sessionId, candidates.get(i), grid);
            decide.confirm(paul, sessionId, candidates.get(i), passed ? Outcome.SUCCESS : Outcome.FAILURE, List.of(),
                    "Travail méthodique.", passed ? "" : "Reprendre la formation.");
        }
        List<Long> versions = new ArrayList<>();
        for (long candidate : candidates) {
            versions.add(reports.prepare(paul, sessionId, ReportKind.INDIVIDUAL, candidate));
        }
        versions.add(reports.prepare(paul, sessionId, ReportKind.GENERAL, null));
        for (long version : versions) {
            String sha = reports.view(paul, version).version().contentSha256();
            reports.sign(paul, version, true, sha);
            reports.sign(sophie, version, true, sha);
            reports.sign(manager, version, true, sha);
        }
        assertThat(sessions.session(sessionId).orElseThrow().summary().status()).isEqualTo(SessionStatus.REPORTS_SIGNED);
        TestClock.setDay(DemoData.TSMI_END.plusDays(3));
    }

    private void closeInTheBrowser(Browser browser, long sessionId) {
        DemoAccount responsable = accounts.of(Role.SESSION_MANAGER);
        browser.login(responsable.username(), responsable.password());
        browser.open("/sessions/" + sessionId);
        assertThat(browser.driver().findElements(By.id("status-TRANSMITTED"))).isEmpty();
        browser.waitFor(By.id("closing-link")).click();
        browser.waitUntil(d -> browser.path().endsWith("/closing"));
        // the day after the session's end, within the 15 days
        assertThat(browser.mainText()).contains("À transmettre avant le 25/03/2026").contains("Résultats saisis")
                .contains("signé et contresigné");
        browser.fullPageScreenshot("closing-before-transmission");
        browser.waitFor(By.id("transmit")).click();
        browser.waitUntil(d -> browser.path().contains("?transmitted"));
        assertThat(browser.waitFor(By.id("session-status")).getText()).isEqualTo("Transmise");
        assertThat(browser.mainText()).contains("Versions transmises");
        browser.fullPageScreenshot("closing-transmitted");
        browser.logout();

        DemoAccount dreets = accounts.of(Role.AUTHORITY);
        browser.login(dreets.username(), dreets.password());
        browser.open("/authority");
        browser.waitFor(By.cssSelector("a[aria-label='Examiner la session " + DemoData.TSMI_SESSION_NUMBER + "']")).click();
        browser.waitUntil(d -> browser.path().matches("/authority/sessions/\\d+"));
        assertThat(browser.mainText()).contains("signé et contresigné").contains("Transmis");
        String pdf = browser.waitFor(By.cssSelector("#signed-reports a[href$='/pdf']")).getAttribute("href");
        assertThat(pdf).contains("/authority/sessions/" + sessionId + "/reports/");
        browser.fullPageScreenshot("authority-review");
        browser.waitFor(By.id("validate")).click();
        browser.waitUntil(d -> browser.path().contains("?validated"));
        assertThat(browser.waitFor(By.id("session-status")).getText()).isEqualTo("Validée par l'autorité");
        assertThat(browser.mainText()).contains("PV validés");
        browser.open("/authority/dashboard");
        assertThat(browser.waitFor(By.id("rates-chart")).getAttribute("role")).isEqualTo("img");
        assertThat(browser.mainText()).contains(DemoData.TSMI_CODE).contains("75 %");
        browser.fullPageScreenshot("authority-dashboard");
        browser.logout();

        browser.login(responsable.username(), responsable.password());
        browser.open("/sessions/" + sessionId + "/closing");
        browser.waitFor(By.id("archive")).click();
        browser.waitUntil(d -> browser.mainText().contains("(A4)"));
        assertThat(sessions.session(sessionId).orElseThrow().summary().status()).isEqualTo(SessionStatus.VALIDATED);
        portfoliosReturned(sessionId);
        browser.open("/sessions/" + sessionId + "/closing");
        browser.waitFor(By.id("archive")).click();
        browser.waitUntil(d -> browser.path().contains("?archived"));
        assertThat(browser.waitFor(By.id("session-status")).getText()).isEqualTo("Archivée");
        assertThat(browser.driver().findElements(By.cssSelector("#reports-table a[href$='/pdf']"))).hasSize(5);
        browser.fullPageScreenshot("closing-archived");
        assertThat(sessions.session(sessionId).orElseThrow().summary().status()).isEqualTo(SessionStatus.ARCHIVED);

        // A1: the responsable records the entry of the results in CERES under their name; the CERES state follows it
        assertThat(browser.waitFor(By.id("ceres-not-recorded")).isDisplayed()).isTrue();
        typeDate(browser, browser.waitFor(By.id("ceres-enteredOn")), "2026-03-12");
        browser.waitFor(By.id("ceres-reference")).sendKeys("CERES-DEMO-0001");
        browser.waitFor(By.id("record-ceres")).click();
        browser.waitUntil(d -> browser.path().contains("?ceresEntered"));
        assertThat(browser.waitFor(By.id("ceres-recorded")).getText()).contains("12/03/2026").contains("CERES-DEMO-0001");
        assertThat(browser.waitFor(By.id("ceres-RESULTS_ENTERED")).getText()).contains("atteint");

        // A3: a destruction recorded on the session file page by the person who made it
        browser.open("/sessions/" + sessionId + "/retention");
        new Select(browser.waitFor(By.id("destroy-kind"))).selectByValue("UNUSED_DTE");
        typeDate(browser, browser.waitFor(By.id("destroy-destroyedOn")), "2026-03-12");
        browser.waitFor(By.id("destroy-method")).sendKeys("Broyage sur place");
        browser.waitFor(By.id("destroy-description")).sendKeys("Deux DTE candidat non distribués");
        browser.waitFor(By.id("record-destruction")).click();
        browser.waitUntil(d -> browser.path().contains("?destroyed"));
        assertThat(browser.waitFor(By.id("destruction-register")).getText()).contains("Broyage sur place")
                .contains("Deux DTE candidat non distribués").contains("12/03/2026");
        browser.fullPageScreenshot("retention-destruction-recorded");
    }

    /** A date input set the way a date picker sets it (its typed format depends on the browser's locale). */
    private static void typeDate(Browser browser, WebElement input, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, isoDate);
    }

    /** A4: every DP handed back to its candidate, as the session file page records it (its own tests click it). */
    private void portfoliosReturned(long sessionId) {
        jdbc.sql("select candidate_id from enrolment where session_id = :s").param("s", sessionId).query(Long.class)
                .list().forEach(candidate -> portfolioReturns.record(sessionId, candidate,
                        new PortfolioReturn(DemoData.TSMI_END.plusDays(3), false, null, null)));
    }

    private CurrentUser demoUser(String username) {
        return jdbc.sql("""
                        select id, username, display_name, role, centre_id, person_id, region from app_user
                        where username = :u""").param("u", username)
                .query((rs, n) -> new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getObject(5, Long.class), rs.getObject(6, Long.class),
                        rs.getString(7)))
                .single();
    }
}
