package fr.sessiontp.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In the browser, with a real SMTP server in the test: the platform administrator invites the first administrator of a
 * centre from « Comptes », the invitation e-mail arrives, its link opens the password page, the new administrator
 * chooses a password (a weak one is refused in French first) and logs in.
 */
class AccountsBrowserTest extends BrowserTestSupport {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+/account/password\\?token=[A-Za-z0-9_-]+");

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void invitation_thePlatformAdminInvitesACentresFirstAdminWhoSetsAPasswordAndLogsIn(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String centreName = "Centre navigateur " + suffix;
        long centre = jdbc.sql("""
                insert into centre (name, address, postal_code, city, region, email)
                values (:n, '5 quai des Essais', '76000', 'Rouen', 'Normandie', 'nav@example.org') returning id""")
                .param("n", centreName).query(Long.class).single();
        String platform = "plateforme-nav-" + suffix;
        accounts.create(new NewUser(platform, Role.PLATFORM_ADMIN, "Plateforme essai", null, null, null),
                "Une phrase de passe solide 2026");
        String invited = "premier-admin-" + suffix;

        GreenMail smtp = new GreenMail(new ServerSetup(37025, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String link;
        try {
            browser.login(platform, "Une phrase de passe solide 2026");
            browser.driver().findElement(By.linkText("Comptes")).click();
            assertThat(browser.heading()).isEqualTo("Comptes utilisateurs");
            browser.driver().findElement(By.id("invite-link")).click();
            assertThat(browser.heading()).isEqualTo("Inviter un utilisateur");
            browser.driver().findElement(By.id("username")).sendKeys(invited);
            browser.driver().findElement(By.id("displayName")).sendKeys("Claire FONTAINE");
            browser.driver().findElement(By.id("email")).sendKeys(invited + "@centre.example.org");
            new Select(browser.driver().findElement(By.id("role"))).selectByValue("ADMIN");
            new Select(browser.driver().findElement(By.id("centreId"))).selectByValue(String.valueOf(centre));
            browser.driver().findElement(By.id("send-invitation")).click();
            assertThat(browser.waitFor(By.id("link-mailed")).getText()).contains(invited + "@centre.example.org");
            assertThat(browser.driver().findElement(By.id("account-state")).getText())
                    .isEqualTo("invitation en attente");
            browser.screenshot("accounts-invited");
            browser.logout();

            assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
            Matcher matcher = LINK.matcher(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])
                    .replace("=\r\n", "").replace("=3D", "="));
            assertThat(matcher.find()).isTrue();
            link = matcher.group();
        } finally {
            smtp.stop();
        }

        browser.driver().get(link);
        assertThat(browser.heading()).isEqualTo("Choisir votre mot de passe");
        browser.driver().findElement(By.id("password")).sendKeys("motdepasse123");
        browser.driver().findElement(By.id("confirmation")).sendKeys("motdepasse123");
        browser.driver().findElement(By.id("save-password")).click();
        assertThat(browser.waitFor(By.id("password-error")).getText()).contains("mots de passe les plus courants");
        browser.screenshot("accounts-weak-password");
        browser.driver().findElement(By.id("password")).sendKeys("Le jury siège à Rouen en mars");
        browser.driver().findElement(By.id("confirmation")).sendKeys("Le jury siège à Rouen en mars");
        browser.driver().findElement(By.id("save-password")).click();
        assertThat(browser.waitFor(By.id("password-set")).getText()).contains("Mot de passe enregistré");

        browser.login(invited, "Le jury siège à Rouen en mars");
        assertThat(browser.path()).isIn("/", "/?continue");
        assertThat(browser.driver().findElement(By.cssSelector("header .user")).getText())
                .contains("Claire FONTAINE").contains("personnel du centre");
        // the link served once
        browser.logout();
        browser.driver().get(link);
        assertThat(browser.heading()).isEqualTo("Lien non valable");
    }
}
