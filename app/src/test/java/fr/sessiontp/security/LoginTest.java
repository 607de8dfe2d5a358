package fr.sessiontp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aUserLogsInWithTheirPasswordAndIsSentHome() throws Exception {
        String username = newUser("Mot-de-passe-solide-1");

        mvc.perform(formLogin("/login").user(username).password("Mot-de-passe-solide-1"))
                .andExpect(authenticated().withRoles(Role.JURY.name()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessage() throws Exception {
        String username = newUser("Mot-de-passe-solide-2");

        mvc.perform(formLogin("/login").user(username).password("mauvais"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Identifiant ou mot de passe incorrect.")));
    }

    @Test
    void passwordsAreStoredHashedWithBcrypt() {
        String username = newUser("Mot-de-passe-solide-3");
        String hash = jdbc.sql("select password_hash from app_user where username = :u").param("u", username)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Mot-de-passe-solide-3");
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "x").param("password", "y"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUnknownRouteIsDeniedEvenToALoggedInUser() throws Exception {
        mvc.perform(get("/route-that-no-module-declares")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(AccessMatrixTest.userWith(Role.ADMIN))))
                .andExpect(status().isForbidden());
    }

    private String newUser(String password) {
        String username = "test-" + UUID.randomUUID();
        accounts.create(new NewUser(username, Role.JURY, "Jury de test", null, null, null), password);
        return username;
    }
}
