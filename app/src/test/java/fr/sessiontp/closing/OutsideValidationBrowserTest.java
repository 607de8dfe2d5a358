package fr.sessiontp.closing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * D9 in the browser: the session's responsable records, on the closing page, the authority's validation received
 * outside SessionTP — first with a file that is not a PDF (refused in French next to the field), then with the
 * notification as a PDF — and the page shows the results released and the path of the validation.
 */
class OutsideValidationBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    @Test
    void D9_theResponsableRecordsTheValidationReceivedOutsideOnTheClosingPage(Browser browser) throws Exception {
        EvaluationFixtures f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND");
        long session = transmittedSession(f);
        String login = "resp-hors-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(login, Role.SESSION_MANAGER, "Agnès ROUX", f.centreId, f.managerId, null),
                "Une phrase de passe solide 2026");
        Path notPdf = Files.createTempFile("notification", ".pdf");
        Files.writeString(notPdf, "ceci n'est pas un PDF");
        Path pdf = Files.createTempFile("notification-dreets", ".pdf");
        Files.write(pdf, OutsideValidationTest.PDF);

        browser.login(login, "Une phrase de passe solide 2026");
        browser.open("/sessions/" + session + "/closing");
        fill(browser, LocalDate.now().minusDays(1), "DREETS-NOR-2026-0999", notPdf);
        assertThat(browser.waitFor(By.id("notification-error")).getText()).contains("n'est pas un PDF");
        assertThat(browser.driver().findElement(By.id("session-status")).getText()).isEqualTo("Transmise");
        browser.screenshot("closing-outside-validation-refused");

        fill(browser, LocalDate.now().minusDays(1), null, pdf);
        assertThat(browser.waitFor(By.cssSelector("[role=status]")).getText())
                .contains("Validation de l'autorité enregistrée");
        assertThat(browser.driver().findElement(By.id("decisions")).getText()).contains("reçue hors SessionTP")
                .contains("DREETS-NOR-2026-0999").contains("Agnès ROUX");
        assertThat(browser.driver().findElements(By.id("record-outside"))).isEmpty();
        browser.screenshot("closing-outside-validation-recorded");
        assertThat(jdbc.sql("select status from exam_session where id = :s").param("s", session).query(String.class)
                .single()).isEqualTo("VALIDATED");
    }

    /** Fills the form (the reference only when given: the page keeps what was typed) and sends it. */
    private static void fill(Browser browser, LocalDate date, String reference, Path file) {
        WebElement receivedOn = browser.waitFor(By.id("receivedOn"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", receivedOn,
                date.toString());
        if (reference != null) {
            WebElement ref = browser.driver().findElement(By.id("reference"));
            ref.clear();
            ref.sendKeys(reference);
        }
        browser.driver().findElement(By.id("notification")).sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.id("record-outside")).click();
    }

    private long transmittedSession(EvaluationFixtures f) {
        LocalDate end = LocalDate.now().minusDays(20);
        String number = "NAV-" + UUID.randomUUID().toString().substring(0, 8);
        long session = jdbc.sql("""
                insert into exam_session (centre_id, title_id, type, number, start_date, end_date, manager_id, status)
                values (:c, :t, 'TITLE', :n, :start, :end, :m, 'TRANSMITTED') returning id""")
                .param("c", f.centreId).param("t", f.titleId).param("n", number).param("start", end.minusDays(1))
                .param("end", end).param("m", f.managerId).query(Long.class).single();
        long version = jdbc.sql("""
                insert into report_version (session_id, kind, version, session_number, session_type, title_id, title_code,
                  title_name, centre_id, centre_name, centre_address, centre_city, start_date, end_date, jury_composition,
                  manager_last_name, manager_first_name, content_sha256, created_by)
                values (:s, 'GENERAL', 1, :n, 'TITLE', :t, :tc, 'Titre', :c, 'Centre', 'adresse', 'Caen', :d, :d, '', 'X',
                  'Y', :sha, 'essai') returning id""")
                .param("s", session).param("n", number).param("t", f.titleId).param("tc", f.titleCode)
                .param("c", f.centreId).param("d", end).param("sha", "0".repeat(64)).query(Long.class).single();
        jdbc.sql("""
                insert into report_line (report_version_id, position, candidate_id, identifier, birth_name, first_names,
                  access_route, outcome) values (:v, 1, :c, 'ID', 'NOM', 'Prénom', 'TRAINING', 'SUCCESS')""")
                .param("v", version).param("c", f.candidates.get(0)).update();
        long by = jdbc.sql("select id from app_user order by id limit 1").query(Long.class).single();
        jdbc.sql("""
                insert into report_transmission (session_id, region, transmitted_at, transmitted_by_id, transmitted_by,
                  due_date, on_time) values (:s, 'Normandie', now(), :u, 'Responsable', :due, true)""")
                .param("s", session).param("u", by).param("due", end.plusDays(15)).update();
        return session;
    }
}
