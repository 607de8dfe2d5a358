package fr.sessiontp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.sessiontp.security.domain.AccountPolicy;
import fr.sessiontp.security.domain.PasswordPolicy;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Accounts (#14.4) against the real database, the real filter chain and a real SMTP server (GreenMail, on the port of
 * the test configuration): invitation by e-mail with a one-time link that expires, the password policy, reset without
 * telling whether an account exists, disable and enable (open sessions end), the last administrator, no self-raise,
 * one centre's administrator never reaching another's accounts, every change audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountsTest {

    static final Pattern LINK = Pattern.compile("https?://[^\\s]+/account/password\\?token=([A-Za-z0-9_-]+)");
    static final String GOOD_PASSWORD = "Une phrase de passe solide 2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    // ---- invitation → e-mail → password → login ----

    @Test
    void invitation_theEmailCarriesAOneTimeLinkStoredHashedTheUserSetsTheirPasswordAndLogsIn() throws Exception {
        long centre = centre();
        UserDetails platform = platformAdmin();
        String username = "admin-" + suffix();
        GreenMail smtp = smtp();
        String link;
        try {
            MockHttpServletResponse page = mvc.perform(post("/admin/users/invite").with(csrf()).with(user(platform))
                    .param("username", username).param("displayName", "Claire FONTAINE")
                    .param("email", username + "@centre.example.org").param("role", "ADMIN")
                    .param("centreId", String.valueOf(centre))).andReturn().getResponse();
            assertThat(text(page)).contains("id=\"link-mailed\"").contains(username + "@centre.example.org")
                    .doesNotContain("token=");
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(username + "@centre.example.org");
            assertThat(received[0].getSubject()).isEqualTo("SessionTP : votre invitation");
            link = link(GreenMailUtil.getBody(received[0]));
        } finally {
            smtp.stop();
        }
        String token = token(link);
        // only the token's SHA-256 is stored
        assertThat(jdbc.sql("select count(*) from account_token where token_sha256 = :h")
                .param("h", AccountLinks.sha256(token)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from account_token where token_sha256 = :t").param("t", token)
                .query(Long.class).single()).isZero();
        // invited, not able to log in yet
        assertThat(state(username)).isEqualTo("enabled,pending");

        assertThat(text(mvc.perform(get("/account/password").param("token", token)).andReturn().getResponse()))
                .contains(username).contains("Choisir votre mot de passe");
        mvc.perform(post("/account/password").with(csrf()).param("token", token).param("password", GOOD_PASSWORD)
                        .param("confirmation", GOOD_PASSWORD))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/login?passwordSet"));

        mvc.perform(formLogin("/login").user(username).password(GOOD_PASSWORD))
                .andExpect(authenticated().withRoles(Role.ADMIN.name()));
        assertThat(jdbc.sql("select centre_id from app_user where username = :u").param("u", username)
                .query(Long.class).single()).isEqualTo(centre);
        assertThat(audited("account.invited", username)).contains(username).contains("e-mail envoyé");
        assertThat(audited("account.passwordSet", username)).contains(username).contains("lien d'invitation");
    }

    @Test
    void oneTimeLink_aUsedLinkAndAnExpiredLinkAreRefused() throws Exception {
        long centre = centre();
        Invited first = invite(platformAdmin(), "SESSION_MANAGER", centre, manager(centre));
        setPassword(first.token(), GOOD_PASSWORD);
        // used: refused on the page and on the form, the password set stays
        assertThat(text(mvc.perform(get("/account/password").param("token", first.token())).andReturn().getResponse()))
                .contains("id=\"link-invalid\"").contains("n&#39;est plus valable");
        String again = text(setPassword(first.token(), "Une autre phrase de passe 2027"));
        assertThat(again).contains("n&#39;est plus valable");
        mvc.perform(formLogin("/login").user(first.username()).password(GOOD_PASSWORD)).andExpect(authenticated());

        // expired: 72 hours after it was made
        Invited second = invite(platformAdmin(), "SESSION_MANAGER", centre, manager(centre));
        jdbc.sql("""
                update account_token set created_at = now() - interval '73 hours', expires_at = now() - interval '1 hour'
                where token_sha256 = :h""").param("h", AccountLinks.sha256(second.token())).update();
        assertThat(text(setPassword(second.token(), GOOD_PASSWORD))).contains("n&#39;est plus valable");
        assertThat(state(second.username())).isEqualTo("enabled,pending");
        // a link is valid 72 hours by default
        assertThat(jdbc.sql("""
                select extract(epoch from t.expires_at - t.created_at) / 3600 from account_token t
                join app_user u on u.id = t.user_id where u.username = :u""").param("u", first.username())
                .query(Double.class).single()).isEqualTo(72.0);
    }

    @Test
    void passwordPolicy_aShortOrCommonPasswordIsRefusedInFrenchAndTheLinkStaysUsable() throws Exception {
        assertThat(PasswordPolicy.standard().refusal("court", "utilisateur")).get().asString().contains("au moins 12 caractères");
        assertThat(PasswordPolicy.standard().refusal("MotDePasse123", "utilisateur")).get().asString().contains("mots de passe les plus courants");
        assertThat(PasswordPolicy.standard().refusal("azertyuiop123", "utilisateur")).get().asString().contains("mots de passe les plus courants");
        assertThat(PasswordPolicy.standard().refusal("é".repeat(37), "utilisateur")).get().asString().contains("trop long");
        assertThat(PasswordPolicy.standard().refusal(GOOD_PASSWORD, "utilisateur")).isEmpty();
        assertThat(PasswordPolicy.standard().refusal("abcdefghijk", "utilisateur")).isPresent();
        assertThat(PasswordPolicy.standard().refusal("abcdefghijkm", "utilisateur")).isEmpty();

        long centre = centre();
        Invited invited = invite(platformAdmin(), "SESSION_MANAGER", centre, manager(centre));
        String shortOne = text(setPassword(invited.token(), "trop-court"));
        assertThat(shortOne).contains("id=\"password-error\"").contains("au moins 12 caractères");
        String common = text(setPassword(invited.token(), "password1234"));
        assertThat(common).contains("mots de passe les plus courants");
        String differs = text(mvc.perform(post("/account/password").with(csrf()).param("token", invited.token())
                .param("password", GOOD_PASSWORD).param("confirmation", GOOD_PASSWORD + "!"))
                .andReturn().getResponse());
        assertThat(differs).contains("id=\"confirmation-error\"").contains("La confirmation ne correspond pas");
        assertThat(state(invited.username())).isEqualTo("enabled,pending");
        setPassword(invited.token(), GOOD_PASSWORD);
        assertThat(state(invited.username())).isEqualTo("enabled,set");
    }

    // ---- reset ----

    @Test
    void reset_theAnswerNeverTellsWhetherAnAccountExistsAndTheLinkSetsANewPassword() throws Exception {
        long centre = centre();
        Invited invited = invite(platformAdmin(), "SESSION_MANAGER", centre, manager(centre));
        setPassword(invited.token(), GOOD_PASSWORD);
        GreenMail smtp = smtp();
        String link;
        try {
            MockHttpServletResponse unknown = mvc.perform(post("/account/forgotten").with(csrf())
                    .param("identifier", "personne-" + suffix() + "@example.org")).andReturn().getResponse();
            MockHttpServletResponse known = mvc.perform(post("/account/forgotten").with(csrf())
                    .param("identifier", invited.username() + "@centre.example.org")).andReturn().getResponse();
            assertThat(known.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl())
                    .isEqualTo("/account/forgotten?asked");
            assertThat(known.getStatus()).isEqualTo(unknown.getStatus());
            assertThat(text(mvc.perform(get("/account/forgotten?asked")).andReturn().getResponse()))
                    .contains("Si un compte actif correspond");
            assertThat(smtp.getReceivedMessages()).hasSize(1);
            assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("nouveau mot de passe");
            link = link(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]));
        } finally {
            smtp.stop();
        }
        // the old password works until the new one is set; then only the new one
        mvc.perform(formLogin("/login").user(invited.username()).password(GOOD_PASSWORD)).andExpect(authenticated());
        setPassword(token(link), "Nouvelle phrase de passe 2027");
        mvc.perform(formLogin("/login").user(invited.username()).password(GOOD_PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(invited.username()).password("Nouvelle phrase de passe 2027"))
                .andExpect(authenticated());
        assertThat(audited("account.resetRequested", invited.username())).contains("Mot de passe oublié");
        assertThat(audited("account.passwordSet", invited.username())).isNotEmpty();
    }

    @Test
    void reset_beyondThreeRequestsForOneIdentifierTheyAreIgnoredWithTheSameAnswer() throws Exception {
        long centre = centre();
        Invited invited = invite(platformAdmin(), "SESSION_MANAGER", centre, manager(centre));
        setPassword(invited.token(), GOOD_PASSWORD);
        GreenMail smtp = smtp();
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(mvc.perform(post("/account/forgotten").with(csrf()).param("identifier", invited.username()))
                        .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/account/forgotten?asked");
            }
            assertThat(smtp.getReceivedMessages()).hasSize(3);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void noMailServer_thePageSaysNothingWasSentAndShowsTheLinkToHandOver() throws Exception {
        // no SMTP server listens: the e-mail cannot go out
        Invited invited = invite(platformAdmin(), "AUTHORITY", null, null);
        assertThat(invited.page()).contains("id=\"link-not-mailed\"").contains("Aucun e-mail n&#39;a été envoyé")
                .doesNotContain("id=\"link-mailed\"");
        assertThat(audited("account.invited", invited.username())).contains("aucun e-mail envoyé");
        setPassword(invited.token(), GOOD_PASSWORD);
        mvc.perform(formLogin("/login").user(invited.username()).password(GOOD_PASSWORD))
                .andExpect(authenticated().withRoles(Role.AUTHORITY.name()));
    }

    // ---- disable, enable ----

    @Test
    void disableEnable_aDisabledUserCannotLogInAndTheirOpenSessionEnds() throws Exception {
        long centre = centre();
        UserDetails admin = centreAdmin(centre);
        Invited invited = invite(admin, "PROCTOR", centre, proctor(centre));
        setPassword(invited.token(), GOOD_PASSWORD);
        MockHttpSession open = (MockHttpSession) mvc.perform(formLogin("/login").user(invited.username())
                .password(GOOD_PASSWORD)).andReturn().getRequest().getSession(false);
        assertThat(mvc.perform(get("/").session(open)).andReturn().getResponse().getStatus()).isEqualTo(200);

        mvc.perform(post("/admin/users/" + invited.id() + "/disable").with(csrf()).with(user(admin)));

        assertThat(state(invited.username())).isEqualTo("disabled,set");
        MockHttpServletResponse ended = mvc.perform(get("/").session(open)).andReturn().getResponse();
        assertThat(ended.getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(mvc.perform(get("/").session(open)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        mvc.perform(formLogin("/login").user(invited.username()).password(GOOD_PASSWORD)).andExpect(unauthenticated());
        assertThat(audited("account.disabled", invited.username())).contains(invited.username());

        mvc.perform(post("/admin/users/" + invited.id() + "/enable").with(csrf()).with(user(admin)));
        mvc.perform(formLogin("/login").user(invited.username()).password(GOOD_PASSWORD)).andExpect(authenticated());
        assertThat(audited("account.enabled", invited.username())).contains(invited.username());
    }

    // ---- the last administrator, no self-raise, one centre ----

    @Test
    void lastAdmin_theLastEnabledAdministratorOfACentreAndOfThePlatformStays() throws Exception {
        long centre = centre();
        UserDetails platform = platformAdmin();
        Invited first = invite(platform, "ADMIN", centre, null);
        String refused = text(mvc.perform(post("/admin/users/" + first.id() + "/disable").with(csrf())
                .with(user(platform))).andReturn().getResponse());
        assertThat(refused).contains("id=\"global-error\"").contains("dernier administrateur actif de ce centre");
        String demoted = text(mvc.perform(post("/admin/users/" + first.id() + "/role").with(csrf()).with(user(platform))
                .param("role", "SESSION_MANAGER").param("personId", String.valueOf(manager(centre))))
                .andReturn().getResponse());
        assertThat(demoted).contains("id=\"role-error\"").contains("dernier administrateur actif de ce centre");
        assertThat(state(first.username())).startsWith("enabled");
        // with a second administrator, the first may go
        invite(platform, "ADMIN", centre, null);
        mvc.perform(post("/admin/users/" + first.id() + "/disable").with(csrf()).with(user(platform)));
        assertThat(state(first.username())).startsWith("disabled");
        // the platform: the same rule on its own administrators
        var platformActor = new AccountPolicy.Actor(1, Role.PLATFORM_ADMIN, null);
        var lastPlatform = new AccountPolicy.Account(2, Role.PLATFORM_ADMIN, null, true);
        assertThat(AccountPolicy.mayDisable(platformActor, lastPlatform, 0))
                .contains("security.accounts.refusal.lastPlatformAdmin");
        assertThat(AccountPolicy.mayDisable(platformActor, lastPlatform, 1)).isEmpty();
        assertThat(AccountPolicy.mayChangeRole(platformActor, lastPlatform, Role.ADMIN, 0))
                .contains("security.accounts.refusal.lastPlatformAdmin");
    }

    @Test
    void noSelfRaise_nobodyChangesTheirOwnRoleNorGrantsARoleAboveTheirOwn() throws Exception {
        long centre = centre();
        UserDetails admin = centreAdmin(centre);
        long adminId = ((SessionTpUserDetails) admin).user().userId();
        String own = text(mvc.perform(post("/admin/users/" + adminId + "/role").with(csrf()).with(user(admin))
                .param("role", "PLATFORM_ADMIN")).andReturn().getResponse());
        assertThat(own).contains("Vous ne pouvez pas changer votre propre rôle");
        String ownDisable = text(mvc.perform(post("/admin/users/" + adminId + "/disable").with(csrf()).with(user(admin)))
                .andReturn().getResponse());
        assertThat(ownDisable).contains("Vous ne pouvez pas désactiver votre propre compte");
        // granting above their own, to another account of their centre or to a new one
        Invited colleague = invite(admin, "SESSION_MANAGER", centre, manager(centre));
        for (String above : List.of("PLATFORM_ADMIN", "AUTHORITY")) {
            String raised = text(mvc.perform(post("/admin/users/" + colleague.id() + "/role").with(csrf())
                    .with(user(admin)).param("role", above)).andReturn().getResponse());
            assertThat(raised).as(above).contains("il dépasse vos propres droits");
            String invited = text(mvc.perform(post("/admin/users/invite").with(csrf()).with(user(admin))
                    .param("username", "haut-" + suffix()).param("displayName", "X").param("email", "x@example.org")
                    .param("role", above).param("region", "Normandie")).andReturn().getResponse());
            assertThat(invited).as(above).contains("id=\"role-error\"").contains("il dépasse vos propres droits");
        }
        assertThat(jdbc.sql("select role from app_user where id = :id").param("id", adminId).query(String.class)
                .single()).isEqualTo("ADMIN");
        assertThat(jdbc.sql("select role from app_user where id = :id").param("id", colleague.id())
                .query(String.class).single()).isEqualTo("SESSION_MANAGER");
        // the role an ADMIN may give: up to their own
        mvc.perform(post("/admin/users/" + colleague.id() + "/role").with(csrf()).with(user(admin)).param("role", "ADMIN"));
        assertThat(jdbc.sql("select role from app_user where id = :id").param("id", colleague.id())
                .query(String.class).single()).isEqualTo("ADMIN");
        assertThat(audited("account.roleChanged", colleague.username())).contains("responsable de session")
                .contains("personnel du centre");
    }

    @Test
    void crossCentre_aCentresAdminNeverReachesAnotherCentresAccountsNorThePlatformsNorTheAuthoritys() throws Exception {
        long mine = centre();
        long other = centre();
        UserDetails admin = centreAdmin(mine);
        Invited theirs = invite(platformAdmin(), "SESSION_MANAGER", other, manager(other));
        long platformId = ((SessionTpUserDetails) platformAdmin()).user().userId();
        Invited authority = invite(platformAdmin(), "AUTHORITY", null, null);
        for (long id : new long[] {theirs.id(), platformId, authority.id()}) {
            assertThat(mvc.perform(get("/admin/users/" + id).with(user(admin))).andReturn().getResponse().getStatus())
                    .isEqualTo(404);
            for (String action : List.of("disable", "enable", "reset", "role")) {
                assertThat(mvc.perform(post("/admin/users/" + id + "/" + action).with(csrf()).with(user(admin))
                        .param("role", "ADMIN")).andReturn().getResponse().getStatus()).as(action).isEqualTo(404);
            }
        }
        assertThat(text(mvc.perform(get("/admin/users").with(user(admin))).andReturn().getResponse()))
                .doesNotContain(theirs.username()).doesNotContain(authority.username());
        // an invitation for another centre, or linking a person of another centre, is refused
        String otherCentre = text(mvc.perform(post("/admin/users/invite").with(csrf()).with(user(admin))
                .param("username", "sm-" + suffix()).param("displayName", "X").param("email", "x@example.org")
                .param("role", "SESSION_MANAGER").param("centreId", String.valueOf(other))
                .param("personId", String.valueOf(manager(other)))).andReturn().getResponse());
        assertThat(otherCentre).contains("id=\"personId-error\"");
        assertThat(state(theirs.username())).startsWith("enabled");
    }

    @Test
    void linkPerson_anAccountActsForAPersonOfItsRoleAndCentreAndARoleChangeEndsItsSessions() throws Exception {
        long centre = centre();
        UserDetails admin = centreAdmin(centre);
        String missing = text(mvc.perform(post("/admin/users/invite").with(csrf()).with(user(admin))
                .param("username", "x").param("displayName", "").param("email", "pas-une-adresse")
                .param("role", "TRAINER")).andReturn().getResponse());
        assertThat(missing).contains("id=\"username-error\"").contains("id=\"displayName-error\"")
                .contains("id=\"email-error\"").contains("id=\"personId-error\"");
        long manager = manager(centre);
        Invited invited = invite(admin, "SESSION_MANAGER", centre, manager);
        assertThat(jdbc.sql("select person_id from app_user where id = :id").param("id", invited.id())
                .query(Long.class).single()).isEqualTo(manager);
        setPassword(invited.token(), GOOD_PASSWORD);
        MockHttpSession open = (MockHttpSession) mvc.perform(formLogin("/login").user(invited.username())
                .password(GOOD_PASSWORD)).andReturn().getRequest().getSession(false);
        long proctor = proctor(centre);
        mvc.perform(post("/admin/users/" + invited.id() + "/role").with(csrf()).with(user(admin))
                .param("role", "PROCTOR").param("personId", String.valueOf(proctor)));
        assertThat(jdbc.sql("select role || ':' || person_id from app_user where id = :id").param("id", invited.id())
                .query(String.class).single()).isEqualTo("PROCTOR:" + proctor);
        assertThat(mvc.perform(get("/").session(open)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?ended");
        assertThat(text(mvc.perform(get("/admin/users/" + invited.id()).with(user(admin))).andReturn().getResponse()))
                .contains("id=\"account-person\"").contains("SURV");
    }

    // ---- helpers ----

    record Invited(long id, String username, String token, String page) {
    }

    /** Invites through the page with no SMTP server listening: the page shows the link. */
    private Invited invite(UserDetails who, String role, Long centre, Long person) throws Exception {
        String username = role.toLowerCase().replace('_', '-') + "-" + suffix();
        MockHttpServletRequestBuilder request = post("/admin/users/invite").with(csrf()).with(user(who))
                .param("username", username).param("displayName", "Personne " + username)
                .param("email", username + "@centre.example.org").param("role", role).param("region", "Normandie");
        if (centre != null) {
            request.param("centreId", String.valueOf(centre));
        }
        if (person != null) {
            request.param("personId", String.valueOf(person));
        }
        String page = text(mvc.perform(request).andReturn().getResponse());
        Matcher matcher = LINK.matcher(page.replace("&amp;", "&"));
        assertThat(matcher.find()).as("the page shows the link: " + page).isTrue();
        long id = jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
        return new Invited(id, username, matcher.group(1), page);
    }

    private MockHttpServletResponse setPassword(String token, String password) throws Exception {
        return mvc.perform(post("/account/password").with(csrf()).param("token", token).param("password", password)
                .param("confirmation", password)).andReturn().getResponse();
    }

    private GreenMail smtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(37025, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static String link(String body) {
        Matcher matcher = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("a link in " + body).isTrue();
        return matcher.group();
    }

    private static String token(String link) {
        Matcher matcher = LINK.matcher(link);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private String state(String username) {
        return jdbc.sql("""
                select case when enabled then 'enabled' else 'disabled' end || ','
                  || case when password_set then 'set' else 'pending' end from app_user where username = :u""")
                .param("u", username).query(String.class).single();
    }

    private String audited(String action, String username) {
        long id = jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
        return String.join(" | ", jdbc.sql("select details from audit_entry where action = :a and subject_type = 'user'"
                + " and subject_id = :s order by seq").param("a", action).param("s", String.valueOf(id))
                .query(String.class).list());
    }

    private UserDetails platformAdmin() {
        String username = "plateforme-" + suffix();
        accounts.create(new NewUser(username, Role.PLATFORM_ADMIN, "Plateforme " + username, null, null, null),
                GOOD_PASSWORD);
        return accounts.loadUserByUsername(username);
    }

    private UserDetails centreAdmin(long centre) {
        String username = "admin-" + suffix();
        accounts.create(new NewUser(username, Role.ADMIN, "Admin " + username, centre, null, null), GOOD_PASSWORD);
        return accounts.loadUserByUsername(username);
    }

    private long centre() {
        return jdbc.sql("""
                insert into centre (name, address, postal_code, city, region, email)
                values (:n, '2 rue des Comptes', '14000', 'Caen', 'Normandie', 'comptes@example.org') returning id""")
                .param("n", "Centre comptes " + suffix()).query(Long.class).single();
    }

    private long manager(long centre) {
        return jdbc.sql("with p as (insert into person (centre_id, last_name, first_name) values (:c, 'RESP', 'Anne')"
                + " returning id) insert into session_manager (centre_id, person_id) select :c, id from p returning id").param("c", centre).query(Long.class).single();
    }

    private long proctor(long centre) {
        return jdbc.sql("with p as (insert into person (centre_id, last_name, first_name) values (:c, 'SURV', 'Marc')"
                + " returning id) insert into proctor (centre_id, person_id) select :c, id from p returning id")
                .param("c", centre).query(Long.class).single();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
