package fr.sessiontp.centre;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.demo.DemoAccounts;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first day of a real centre in the browser: the platform administrator creates the centre and imports a title's
 * RE; the centre's ADMIN adds a room, an accreditation (S7 warned when the responsable named is not on staff) and the
 * centre's calendar.
 */
class CentreSetupBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoAccounts demo;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Centres centres;
    @Autowired
    Referential referential;

    @Test
    void thePlatformAdministratorSetsUpACentreAndItsAdminAddsARoomAnAccreditationAndACalendar(Browser browser)
            throws Exception {
        int n = 97000 + (int) (System.nanoTime() % 2000);
        String centreName = "Centre du Bocage " + n;
        String titleCode = "TP-" + n;
        long started = System.nanoTime();

        // the platform administrator creates the centre from the navigation
        browser.login(demo.of(Role.PLATFORM_ADMIN).username(), demo.of(Role.PLATFORM_ADMIN).password());
        browser.driver().findElement(By.cssSelector("nav a[href='/platform/centres']")).click();
        assertThat(browser.heading()).isEqualTo("Centres");
        type(browser, "centre-name", centreName);
        type(browser, "centre-address", "5 rue des Pommiers");
        type(browser, "centre-postalCode", "5000"); // one digit short: refused, nothing lost
        type(browser, "centre-city", "Saint-Lô");
        type(browser, "centre-region", "Normandie");
        type(browser, "centre-contactName", "Anne Leroux");
        submit(browser, "centre-form");
        assertThat(browser.alerts()).contains("Le code postal comporte cinq chiffres.");
        assertThat(browser.driver().findElement(By.id("centre-name")).getAttribute("value")).isEqualTo(centreName);
        type(browser, "centre-postalCode", "50000");
        submit(browser, "centre-form");
        assertThat(browser.mainText()).contains("Centre « " + centreName + " » créé.");
        browser.screenshot("setup-platform-centres");

        // … and imports the title's RE
        browser.driver().findElement(By.cssSelector("nav a[href='/platform/titles/import']")).click();
        Path file = Files.createTempFile("referentiel-", ".json");
        Files.writeString(file, fr.sessiontp.referential.ReferentialImportTestFiles.example(n));
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submit(browser, "import-form");
        assertThat(browser.waitFor(By.id("import-done")).getText()).contains("Titre " + titleCode + " importé");
        browser.logout();

        // the centre's ADMIN (account made for it: invitations are another page)
        long centreId = centres.allCentres().stream().filter(c -> c.name().equals(centreName)).findFirst().orElseThrow().id();
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(admin, Role.ADMIN, "Anne Leroux", centreId, null, null), "un-mot-de-passe-solide-42");
        browser.login(admin, "un-mot-de-passe-solide-42");
        browser.driver().findElement(By.cssSelector("nav a[href='/centre']")).click();
        assertThat(browser.heading()).isEqualTo(centreName);

        WebElement roomForm = browser.driver().findElement(By.cssSelector("form[action='/centre/rooms']"));
        roomForm.findElement(By.id("code")).sendKeys("JURY-1");
        roomForm.findElement(By.id("name")).sendKeys("Salle du jury");
        new Select(roomForm.findElement(By.id("kind"))).selectByValue("JURY");
        roomForm.findElement(By.id("capacity")).sendKeys("4");
        roomForm.findElement(By.name("confidential")).click();
        roomForm.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.mainText()).contains("Salle enregistrée.").contains("Salle du jury");

        new Select(browser.driver().findElement(By.id("acc-titleId"))).selectByVisibleText(titleCode
                + " Technicien supérieur de maintenance industrielle");
        type(browser, "acc-number", "AGR-NOR-" + n);
        value(browser, "acc-validFrom", "2026-01-01");
        value(browser, "acc-validUntil", "2030-12-31");
        type(browser, "acc-managerLastName", "Leroux");
        type(browser, "acc-managerFirstName", "Anne");
        submit(browser, "accreditation-form");
        assertThat(browser.mainText()).contains("Agrément enregistré.").contains("AGR-NOR-" + n);
        assertThat(browser.waitFor(By.id("s7-warning")).getText()).contains("Leroux Anne").contains("(S7)");

        value(browser, "cal-dayStart", "08:00");
        value(browser, "cal-lunchStart", "12:15");
        value(browser, "cal-lunchEnd", "13:15");
        value(browser, "cal-dayEnd", "17:30");
        value(browser, "cal-juryDayEnd", "18:30");
        submit(browser, "calendar-form");
        assertThat(browser.mainText()).contains("Calendrier enregistré").contains("de 08:00 à 17:30");
        browser.screenshot("setup-centre-admin");

        assertThat(centres.calendar(centreId).orElseThrow().dayEnd()).isEqualTo(LocalTime.of(17, 30));
        assertThat(centres.rooms(centreId)).extracting(Room::code).containsExactly("JURY-1");
        assertThat(centres.accreditations(centreId)).singleElement()
                .satisfies(a -> assertThat(a.titleId()).isEqualTo(referential.titleByCode(titleCode).orElseThrow().id()));
        System.out.printf("Centre set-up journey in the browser: %d ms%n", (System.nanoTime() - started) / 1_000_000);
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

    private static void submit(Browser browser, String formId) {
        WebElement button = browser.driver().findElement(By.id(formId)).findElement(By.cssSelector("button[type=submit]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        browser.waitFor(By.tagName("h1"));
    }
}
