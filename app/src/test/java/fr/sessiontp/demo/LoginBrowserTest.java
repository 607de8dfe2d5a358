package fr.sessiontp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.browser.Browser;
import fr.sessiontp.browser.BrowserTestSupport;
import fr.sessiontp.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Each demo user logs in with the generated password and reaches the home page; a wrong password is refused in French. */
class LoginBrowserTest extends BrowserTestSupport {

    @Autowired
    DemoAccounts accounts;

    @Test
    void everyDemoUserLogsInAndSeesTheHomePage(Browser browser) {
        for (Role role : Role.interactive()) {
            DemoAccount account = accounts.of(role);
            browser.login(account.username(), account.password());
            assertThat(browser.path()).as(account.username()).isIn("/", "/?continue");
            assertThat(browser.heading()).as(account.username()).isEqualTo("Mes sessions");
            assertThat(browser.driver().findElement(By.cssSelector("header .user")).getText())
                    .as(account.username()).contains("(").contains("Se déconnecter");
            if (role == Role.SESSION_MANAGER) {
                assertThat(browser.driver().findElement(By.cssSelector("header .user")).getText())
                        .contains(DemoData.MANAGER.full()).contains("responsable de session");
                browser.screenshot("home-responsable");
                browser.resize(Browser.Viewport.TABLET);
                browser.screenshot("home-responsable-tablet");
                browser.resize(Browser.Viewport.DESKTOP);
            }
            browser.logout();
            assertThat(browser.mainText()).contains("Vous êtes déconnecté.");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessage(Browser browser) {
        browser.login(DemoData.MANAGER_USER, "pas-le-bon-mot-de-passe");
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.alerts()).containsExactly("Identifiant ou mot de passe incorrect.");
        assertThat(browser.heading()).isEqualTo("Connexion");
        browser.screenshot("login-error");
    }

    @Test
    void withTheDemoOnTheLoginPageSaysWhereTheDemoPasswordsAre(Browser browser) {
        browser.open("/login");
        assertThat(browser.driver().findElement(By.id("demo-credentials")).getText())
                .contains("mots de passe des comptes de démonstration").contains("journal")
                .contains("demo-credentials.txt");
    }

    @Test
    void anUnknownUserGetsTheSameMessage(Browser browser) {
        browser.login("personne-inconnue", "peu-importe");
        assertThat(browser.alerts()).containsExactly("Identifiant ou mot de passe incorrect.");
    }
}
