package fr.sessiontp.people;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.demo.DemoAccount;
import fr.sessiontp.demo.DemoAccounts;
import fr.sessiontp.demo.DemoData;
import fr.sessiontp.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * X2 and S2 in the browser: the demo centre proposes two jury members, the demo authority of their region habilitates
 * them in its directory, and the centre forms a pair with them in one of its sessions.
 */
class JuryDirectoryBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void X2_S2_theCentreProposesTheAuthorityHabilitatesAndTheCentreFormsAPairWithThem(Browser browser) {
        long started = System.currentTimeMillis();
        long centre = jdbc.sql("select id from centre where name = :n").param("n", DemoData.CENTRE_NAME).query(Long.class).single();
        long title = jdbc.sql("select id from title where code = :c").param("c", DemoData.SC_CODE).query(Long.class).single();
        long manager = jdbc.sql("select id from session_manager where centre_id = :c order by id limit 1")
                .param("c", centre).query(Long.class).single();
        LocalDate start = LocalDate.now().plusDays(90);
        String number = "DIR-" + System.nanoTime();
        long session = jdbc.sql("""
                        insert into exam_session (centre_id, title_id, type, number, start_date, end_date, manager_id)
                        values (:c, :t, 'TITLE', :n, :s, :e, :m) returning id""")
                .param("c", centre).param("t", title).param("n", number).param("s", start).param("e", start.plusDays(1))
                .param("m", manager).query(Long.class).single();
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        List<String> names = List.of("Lambert" + suffix, "Colin" + suffix);

        // 1. the centre proposes two professionals for the title
        DemoAccount admin = accounts.of(Role.ADMIN);
        browser.login(admin.username(), admin.password());
        for (String name : names) {
            browser.open("/people/jury/new");
            assertThat(browser.heading()).isEqualTo("Proposer un membre de jury");
            type(browser, "lastName", name);
            type(browser, "firstName", "Camille");
            type(browser, "email", name.toLowerCase() + "@jury-test.example.org");
            type(browser, "profession", "Assistante de direction");
            type(browser, "region", DemoData.REGION);
            new Select(browser.driver().findElement(By.id("titleId"))).selectByValue(String.valueOf(title));
            type(browser, "note", "Dix ans de secrétariat comptable");
            browser.driver().findElement(By.cssSelector("main form button.primary")).click();
            browser.waitUntil(d -> browser.path().matches("/people/jury/\\d+"));
            assertThat(browser.mainText()).contains("en attente de l'autorité");
        }
        browser.logout();

        // 2. the authority of the region habilitates them from its directory
        DemoAccount authority = accounts.of(Role.AUTHORITY);
        browser.login(authority.username(), authority.password());
        for (String name : names) {
            browser.open("/people/directory");
            assertThat(browser.heading()).isEqualTo("Annuaire régional des membres de jury");
            WebElement proposal = browser.waitFor(By.xpath("//article[h3[contains(., '" + name + "')]]"));
            String id = proposal.getAttribute("id").substring("proposal-".length());
            date(browser, "validFrom-" + id, LocalDate.now().minusYears(1));
            date(browser, "validUntil-" + id, LocalDate.now().plusYears(5));
            proposal.findElement(By.xpath(".//button[normalize-space(.)='Habiliter']")).click();
            browser.waitUntil(d -> browser.mainText().contains("Le membre est habilité."));
        }
        assertThat(browser.mainText()).doesNotContain(names.get(0) + " Camille — ");
        browser.logout();

        // 3. the centre forms a pair with them in its session (S2, X2 checked by the session)
        browser.login(admin.username(), admin.password());
        browser.open("/sessions/" + session);
        for (int i = 0; i < 2; i++) {
            String slot = i == 0 ? "memberAId" : "memberBId";
            String name = names.get(i);
            Select select = new Select(browser.waitFor(By.id(slot)));
            WebElement option = select.getOptions().stream().filter(o -> o.getText().contains(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is not offered for the pair"));
            select.selectByValue(option.getAttribute("value"));
        }
        browser.driver().findElement(By.xpath("//section[@id='pair']//button[normalize-space(.)='Former le binôme']")).click();
        browser.waitUntil(d -> !d.findElements(By.xpath("//section[@id='pair']//td[contains(., '" + names.get(0)
                + "')] | //section[@id='pair']//*[@role='alert']")).isEmpty());
        assertThat(browser.alerts()).as("no refusal").isEmpty();
        assertThat(browser.driver().findElement(By.xpath("//section[@id='pair']//table")).getText())
                .contains(names.get(0) + " Camille").contains(names.get(1) + " Camille");
        assertThat(jdbc.sql("select count(*) from jury_pair where session_id = :s").param("s", session)
                .query(Long.class).single()).isEqualTo(1);
        browser.fullPageScreenshot("jury-directory-pair");
        System.out.println("Jury directory journey (propose, habilitate, form a pair) took "
                + (System.currentTimeMillis() - started) + " ms");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void date(Browser browser, String id, LocalDate day) {
        WebElement field = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", field, day.toString());
    }
}
