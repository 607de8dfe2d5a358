package fr.sessiontp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first day of a real centre (issue 14's « done when »), from an empty database with the demo off to a planned
 * déroulé: {@code create-admin} on this test's own database, then only the browser. The platform administrator creates
 * the centre, imports the title's RE and invites the centre's first administrator and the region's authority (the
 * e-mails caught by an SMTP server in the test); the centre's administrator adds rooms, an accreditation and the
 * calendar, records the responsable and invites them, proposes two jury members; the
 * authority habilitates the members; the responsable imports the candidates, creates the session, enrols them, forms the pair,
 * assigns the candidates and plans the déroulé.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sessiontp.demo.enabled=false",
        "sessiontp.embedded-db.data-dir=target/first-day-db",
        "sessiontp.embedded-db.clean=true"})
@ExtendWith(BrowserExtension.class)
class FirstDayBrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<]+/account/password\\?token=[A-Za-z0-9_-]+");
    private static final String TITLE_CODE = "TP-01234";
    private static final String REGION = "Normandie";
    private static final String CENTRE = "Centre de formation du Cotentin";

    @Autowired
    JdbcClient jdbc;

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(37025, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void fromAnEmptyDatabaseToAPlannedDeroule(Browser browser) throws Exception {
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).as("empty database").isZero();
        assertThat(jdbc.sql("select count(*) from centre").query(Long.class).single()).isZero();
        long started = System.nanoTime();

        // 1. create-admin, as from the command line, on this test's database
        CommandRun run = CommandRun.of("Granit-Sureau-Lanterne-42\n", "create-admin", "plateforme",
                "--sessiontp.embedded-db.data-dir=target/first-day-db", "--sessiontp.embedded-db.clean=false");
        assertThat(run.exitCode()).as(run.output()).isZero();

        // 2. the platform administrator creates the centre and imports the title
        browser.login("plateforme", "Granit-Sureau-Lanterne-42");
        browser.driver().findElement(By.cssSelector("nav a[href='/platform/centres']")).click();
        assertThat(browser.heading()).isEqualTo("Centres");
        type(browser, "centre-name", CENTRE);
        type(browser, "centre-address", "12 rue des Tisserands");
        type(browser, "centre-postalCode", "50100");
        type(browser, "centre-city", "Cherbourg-en-Cotentin");
        type(browser, "centre-region", REGION);
        type(browser, "centre-contactName", "Sophie Marin");
        type(browser, "centre-email", "contact@cotentin-formation.example.org");
        submit(browser, By.id("centre-form"));
        assertThat(browser.mainText()).contains("Centre « " + CENTRE + " » créé.");
        browser.screenshot("first-day-01-centre");

        browser.driver().findElement(By.cssSelector("nav a[href='/platform/titles/import']")).click();
        Path referential = Path.of(System.getProperty("basedir", "."), "..", "docs", "examples", "referential-tsmi.json");
        browser.driver().findElement(By.id("file")).sendKeys(referential.toAbsolutePath().normalize().toString());
        submit(browser, By.id("import-form"));
        assertThat(browser.waitFor(By.id("import-done")).getText()).contains("Titre " + TITLE_CODE + " importé");
        browser.screenshot("first-day-02-title");

        // … and invites the centre's first administrator and the region's authority
        invite(browser, "admin-cotentin", "Sophie MARIN", "admin@cotentin-formation.example.org", "ADMIN", CENTRE, null);
        invite(browser, "autorite-normandie", "Paul GUERIN", "paul.guerin@dreets-normandie.example.org", "AUTHORITY",
                null, REGION);
        browser.logout();

        setPassword(browser, "admin@cotentin-formation.example.org", "Les salles sont prêtes en mars");
        setPassword(browser, "paul.guerin@dreets-normandie.example.org", "Le directoire régional veille");

        // 3. the centre's administrator: rooms, the responsable's record, the accreditation naming them, the calendar
        browser.login("admin-cotentin", "Les salles sont prêtes en mars");
        browser.driver().findElement(By.cssSelector("nav a[href='/centre']")).click();
        assertThat(browser.heading()).isEqualTo(CENTRE);
        room(browser, "SALLE-1", "Salle Vauban", "SALLE", "12", false);
        room(browser, "ATELIER-1", "Atelier de maintenance", "ATELIER", "4", false);
        room(browser, "JURY-1", "Salle du jury", "JURY", "3", true);

        browser.open("/people/staff/managers/new");
        type(browser, "lastName", "Lebrun");
        type(browser, "firstName", "Hélène");
        type(browser, "email", "helene.lebrun@cotentin-formation.example.org");
        submit(browser, By.cssSelector("main form"));
        assertThat(browser.alerts()).as("no refusal").isEmpty();
        browser.open("/people/staff/proctors/new");
        type(browser, "lastName", "Besnard");
        type(browser, "firstName", "Yann");
        type(browser, "email", "yann.besnard@cotentin-formation.example.org");
        submit(browser, By.cssSelector("main form"));
        assertThat(browser.alerts()).as("no refusal").isEmpty();

        browser.open("/centre");
        selectContaining(browser, "acc-titleId", TITLE_CODE);
        type(browser, "acc-number", "AGR-NOR-2026-017");
        value(browser, "acc-validFrom", "2026-01-01");
        value(browser, "acc-validUntil", LocalDate.now().plusYears(3).toString());
        type(browser, "acc-managerLastName", "Lebrun");
        type(browser, "acc-managerFirstName", "Hélène");
        submit(browser, By.id("accreditation-form"));
        assertThat(browser.mainText()).contains("Agrément enregistré.").contains("AGR-NOR-2026-017");
        assertThat(browser.driver().findElements(By.id("s7-warning"))).as("S7: the responsable is on staff").isEmpty();

        value(browser, "cal-dayStart", "08:30");
        value(browser, "cal-lunchStart", "12:00");
        value(browser, "cal-lunchEnd", "13:00");
        value(browser, "cal-dayEnd", "17:30");
        value(browser, "cal-juryDayEnd", "18:30");
        submit(browser, By.id("calendar-form"));
        assertThat(browser.mainText()).contains("Calendrier enregistré");
        browser.fullPageScreenshot("first-day-03-centre");

        // … invites the responsable as the account of that person
        browser.open("/admin/users/invite");
        type(browser, "username", "responsable-cotentin");
        type(browser, "displayName", "Hélène LEBRUN");
        type(browser, "email", "helene.lebrun@cotentin-formation.example.org");
        new Select(browser.driver().findElement(By.id("role"))).selectByValue("SESSION_MANAGER");
        selectContaining(browser, "personId", "Lebrun");
        submit(browser, By.id("invite-form"));
        assertThat(browser.waitFor(By.id("link-mailed")).getText())
                .contains("helene.lebrun@cotentin-formation.example.org");

        // … proposes two jury members to the authority of the region
        List<String> members = List.of("Fontaine", "Girard");
        for (String name : members) {
            browser.open("/people/jury/new");
            assertThat(browser.heading()).isEqualTo("Proposer un membre de jury");
            type(browser, "lastName", name);
            type(browser, "firstName", "Camille");
            type(browser, "email", name.toLowerCase() + "@maintenance-industrielle.example.org");
            type(browser, "profession", "Technicien de maintenance");
            type(browser, "region", REGION);
            selectContaining(browser, "titleId", TITLE_CODE);
            type(browser, "note", "Quinze ans de maintenance industrielle");
            browser.driver().findElement(By.cssSelector("main form button.primary")).click();
            browser.waitUntil(d -> browser.path().matches("/people/jury/\\d+"));
            assertThat(browser.mainText()).contains("en attente de l'autorité");
        }

        browser.logout();

        // 4. the authority habilitates the two members in its regional directory
        browser.login("autorite-normandie", "Le directoire régional veille");
        for (String name : members) {
            browser.open("/people/directory");
            assertThat(browser.heading()).isEqualTo("Annuaire régional des membres de jury");
            WebElement proposal = browser.waitFor(By.xpath("//article[h3[contains(., '" + name + "')]]"));
            String id = proposal.getAttribute("id").substring("proposal-".length());
            value(browser, "validFrom-" + id, LocalDate.now().minusMonths(1).toString());
            value(browser, "validUntil-" + id, LocalDate.now().plusYears(5).toString());
            proposal.findElement(By.xpath(".//button[normalize-space(.)='Habiliter']")).click();
            browser.waitUntil(d -> browser.mainText().contains("Le membre est habilité."));
        }
        browser.screenshot("first-day-04-directory");
        browser.logout();

        // 5. the responsable: password, session, candidates, pair, déroulé
        setPassword(browser, "helene.lebrun@cotentin-formation.example.org", "La session du Cotentin démarre");
        browser.login("responsable-cotentin", "La session du Cotentin démarre");
        // the responsable imports the candidates from the file the centre keeps
        Path candidates = Files.createTempFile("candidats-", ".csv");
        Files.writeString(candidates, """
                Nom de naissance;Prénoms;Identifiant;Voie d'accès
                Morel;Lucas;CTN-2026-001;Formation
                Perrin;Inès;CTN-2026-002;Formation
                Roussel;Hugo;CTN-2026-003;VAE
                Carpentier;Léa;CTN-2026-004;Formation
                """);
        browser.open("/people/candidates");
        browser.driver().findElement(By.id("import-candidates")).click();
        browser.driver().findElement(By.id("file")).sendKeys(candidates.toAbsolutePath().toString());
        submit(browser, By.cssSelector("form[action='/people/candidates/import']"));
        assertThat(browser.waitFor(By.id("preview-status")).getText()).contains("4");
        submit(browser, By.cssSelector("form[action='/people/candidates/import/confirm']"));
        assertThat(browser.mainText()).contains("4 ligne(s) importée(s) avec succès.");
        browser.open("/sessions/new");
        LocalDate start = LocalDate.now().plusWeeks(6).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        selectContaining(browser, "titleId", TITLE_CODE);
        browser.driver().findElement(By.cssSelector("input[name=type][value=TITLE]")).click();
        type(browser, "number", "502617");
        value(browser, "startDate", start.toString());
        value(browser, "endDate", start.plusDays(1).toString());
        selectContaining(browser, "managerId", "Lebrun");
        submit(browser, By.cssSelector("form[action='/sessions/new']"));
        browser.waitUntil(d -> browser.path().matches("/sessions/\\d+.*"));
        assertThat(browser.waitFor(By.id("staffing-warning")).getText()).as("no pair yet").contains("(S2)");
        String sessionPath = browser.path().replaceAll("[?#].*", "");

        for (int i = 0; i < 4; i++) {
            Select choice = new Select(browser.waitFor(By.id("candidateId")));
            WebElement option = choice.getOptions().get(1);
            String label = option.getText();
            choice.selectByIndex(1);
            browser.driver().findElement(By.xpath("//section[@id='enrol']//button[normalize-space(.)='Inscrire']")).click();
            String name = label.substring(0, label.indexOf(" — "));
            browser.waitUntil(d -> d.findElement(By.cssSelector("#enrol table")).getText().contains(name));
        }
        for (int i = 0; i < 2; i++) {
            String slot = i == 0 ? "memberAId" : "memberBId";
            selectContaining(browser, slot, members.get(i));
        }
        browser.driver().findElement(By.xpath("//section[@id='pair']//button[normalize-space(.)='Former le binôme']")).click();
        browser.waitUntil(d -> !d.findElements(By.xpath("//section[@id='pair']//td[contains(., '" + members.get(0)
                + "')] | //section[@id='pair']//*[@role='alert']")).isEmpty());
        assertThat(browser.alerts()).as("no refusal").isEmpty();
        for (int i = 0; i < 4; i++) {
            WebElement select = browser.driver().findElements(By.cssSelector("#enrol select[id^='pair-']")).get(i);
            String name = select.findElement(By.xpath("./ancestor::tr/td[1]")).getText();
            new Select(select).selectByIndex(1);
            select.findElement(By.xpath("./following-sibling::button")).click();
            browser.waitUntil(d -> d.findElement(By.xpath("//section[@id='pair']//table/tbody/tr[1]/td[3]")).getText()
                    .contains(name));
        }
        selectContaining(browser, "proctorId", "Besnard");
        browser.driver().findElement(By.xpath("//section[@id='proctor']//form[.//select[@id='proctorId']]//button"))
                .click();
        browser.waitUntil(d -> d.findElement(By.id("proctor")).getText().contains("Besnard"));
        assertThat(browser.alerts()).as("no refusal").isEmpty();
        browser.fullPageScreenshot("first-day-05-session");

        browser.open(sessionPath + "/deroule");
        browser.waitFor(By.id("plan")).click();
        WebElement show = new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(200))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("show-result")));
        show.click();
        browser.waitFor(By.cssSelector(".tl-grid"));
        String timeline = String.join("\n", browser.driver().findElements(By.cssSelector(".tl-grid")).stream()
                .map(WebElement::getText).toList());
        assertThat(timeline).contains("Salle JURY-1").contains("Salle ATELIER-1").contains("BRIEFING").contains("MSP1")
                .contains("Morel Lucas").contains("Carpentier Léa");
        assertThat(browser.driver().findElements(By.id("no-deroule"))).isEmpty();
        assertThat(browser.mainText()).contains("Le déroulé respecte toutes les contraintes.");
        browser.fullPageScreenshot("first-day-06-deroule");
        System.out.printf("First day of a centre, from an empty database to a planned déroulé, in the browser: %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The platform administrator's invitation form, sent; the e-mail is read later by {@link #setPassword}. */
    private static void invite(Browser browser, String username, String displayName, String email, String role,
                               String centre, String region) {
        browser.open("/admin/users/invite");
        assertThat(browser.heading()).isEqualTo("Inviter un utilisateur");
        type(browser, "username", username);
        type(browser, "displayName", displayName);
        type(browser, "email", email);
        new Select(browser.driver().findElement(By.id("role"))).selectByValue(role);
        if (centre != null) {
            selectContaining(browser, "centreId", centre);
        }
        if (region != null) {
            type(browser, "region", region);
        }
        submit(browser, By.id("invite-form"));
        assertThat(browser.waitFor(By.id("link-mailed")).getText()).contains(email);
    }

    /** Opens the link of the invitation mailed to this address and chooses the password. */
    private void setPassword(Browser browser, String email, String password) throws Exception {
        browser.waitUntil(d -> mailTo(email) != null);
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(mailTo(email)).replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("link in the e-mail to " + email).isTrue();
        browser.driver().get(matcher.group());
        assertThat(browser.heading()).isEqualTo("Choisir votre mot de passe");
        type(browser, "password", password);
        type(browser, "confirmation", password);
        browser.driver().findElement(By.id("save-password")).click();
        assertThat(browser.waitFor(By.id("password-set")).getText()).contains("Mot de passe enregistré");
    }

    private MimeMessage mailTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(email));
            } catch (MessagingException e) {
                return false;
            }
        }).reduce((a, b) -> b).orElse(null);
    }

    private static void room(Browser browser, String code, String name, String kind, String capacity,
                             boolean confidential) {
        WebElement form = browser.driver().findElement(By.cssSelector("form[action='/centre/rooms']"));
        form.findElement(By.id("code")).sendKeys(code);
        form.findElement(By.id("name")).sendKeys(name);
        new Select(form.findElement(By.id("kind"))).selectByValue(kind);
        form.findElement(By.id("capacity")).sendKeys(capacity);
        if (confidential) {
            form.findElement(By.name("confidential")).click();
        }
        submit(browser, By.cssSelector("form[action='/centre/rooms']"));
        assertThat(browser.mainText()).contains("Salle enregistrée.").contains(name);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date or time field's value as its picker would (typing into them depends on the browser's locale). */
    private static void value(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    private static void selectContaining(Browser browser, String id, String text) {
        Select select = new Select(browser.waitFor(By.id(id)));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("« " + text + " » is not offered in #" + id));
        select.selectByValue(option.getAttribute("value"));
    }

    private static void submit(Browser browser, By form) {
        WebElement button = browser.driver().findElement(form).findElement(By.cssSelector("button[type=submit]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(button));
        browser.waitFor(By.tagName("h1"));
    }
}
