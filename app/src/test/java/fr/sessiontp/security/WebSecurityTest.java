package fr.sessiontp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Security headers, login throttling and session fixation, through the real filter chain (docs/security.md). */
@SpringBootTest
@AutoConfigureMockMvc
class WebSecurityTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    // --- headers -------------------------------------------------------------------------------------------------

    @Test
    void everyPageCarriesAStrictContentSecurityPolicyWithoutInlineScriptOrStyle() throws Exception {
        for (MockHttpServletResponse response : List.of(anonymousLoginPage(), homePageAsAdmin())) {
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        }
    }

    @Test
    void documentPreviewsMayUseTheirInlinePrintStyleButNoScript() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/documents/sample").with(user(AccessMatrixTest.userWith(Role.ADMIN))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Security-Policy")).startsWith("default-src 'none'")
                .contains("style-src 'unsafe-inline'", "frame-ancestors 'none'").doesNotContain("script-src");
    }

    @Test
    void pagesCannotBeFramed() throws Exception {
        assertThat(anonymousLoginPage().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(homePageAsAdmin().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void browsersMustNotSniffContentTypes() throws Exception {
        assertThat(anonymousLoginPage().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(homePageAsAdmin().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theReferrerStaysWithinTheSite() throws Exception {
        assertThat(anonymousLoginPage().getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(homePageAsAdmin().getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void powerfulBrowserFeaturesAreDisabled() throws Exception {
        assertThat(homePageAsAdmin().getHeader("Permissions-Policy"))
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()");
    }

    @Test
    void strictTransportSecurityIsSentOnHttpsOnly() throws Exception {
        MockHttpServletResponse https = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
        assertThat(https.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(anonymousLoginPage().getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void staticScriptsAndStylesAreServedLocallyWithTheHeaders() throws Exception {
        for (String path : List.of("/js/app.js", "/css/app.css", "/webjars/htmx.org/2.0.4/dist/htmx.min.js")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    /** The policy forbids inline code: pages must not contain any (document templates, rendered to PDF, excepted). */
    @Test
    void templatesHaveNoInlineScriptEventHandlerOrStyleAttribute() throws IOException {
        Pattern inline = Pattern.compile(
                "<script(?![^>]*\\bsrc=)[^>]*>|\\s(th:)?on[a-z]+=|\\s(th:)?style=|<style|javascript:|hx-on");
        Path templates = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !templates.relativize(f).toString().matches("(.*/)?documents/.*"))
                    .flatMap(f -> matches(f, inline))
                    .toList();
            assertThat(offending).as("inline script/style in page templates (move them to /js or /css)").isEmpty();
        }
    }

    // --- login throttling ----------------------------------------------------------------------------------------

    @Test
    void afterFiveFailedLoginsForAUsernameEvenTheRightPasswordIsRefusedWithAFrenchMessage() throws Exception {
        String username = newUser("Mot-de-passe-solide-7");
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "mauvais-" + i, address).getRedirectedUrl()).isEqualTo("/login?error");
        }

        assertThat(login(username, "Mot-de-passe-solide-7", address).getRedirectedUrl()).isEqualTo("/login?blocked");
        assertThat(login(username, "Mot-de-passe-solide-7", newAddress()).getRedirectedUrl())
                .as("the username stays blocked from another address").isEqualTo("/login?blocked");
        String page = mvc.perform(get("/login").param("blocked", "")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Trop de tentatives de connexion échouées", "réessayez dans 15 minutes");
    }

    @Test
    void failuresOfOneUsernameDoNotBlockAnotherFromTheSameAddress() throws Exception {
        String address = newAddress();
        String attacked = newUser("Mot-de-passe-solide-8");
        for (int i = 0; i < 5; i++) {
            login(attacked, "mauvais", address);
        }
        String colleague = newUser("Mot-de-passe-solide-9");
        assertThat(login(colleague, "Mot-de-passe-solide-9", address).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void twentyFailuresFromOneAddressBlockEveryUsernameFromIt() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            login("inconnu-" + UUID.randomUUID(), "mauvais", address);
        }
        String username = newUser("Mot-de-passe-solide-10");
        assertThat(login(username, "Mot-de-passe-solide-10", address).getRedirectedUrl()).isEqualTo("/login?blocked");
        assertThat(login(username, "Mot-de-passe-solide-10", newAddress()).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aSuccessfulLoginForgetsTheUsernamesEarlierFailures() throws Exception {
        String username = newUser("Mot-de-passe-solide-11");
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            login(username, "mauvais", address);
        }
        assertThat(login(username, "Mot-de-passe-solide-11", address).getRedirectedUrl()).isEqualTo("/");
        for (int i = 0; i < 4; i++) {
            login(username, "mauvais", address);
        }
        assertThat(login(username, "Mot-de-passe-solide-11", address).getRedirectedUrl()).isEqualTo("/");
    }

    // --- session fixation ----------------------------------------------------------------------------------------

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        String username = newUser("Mot-de-passe-solide-12");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/login").session(session));
        String before = session.getId();

        MvcResult result = mvc.perform(withAddress(post("/login").param("username", username)
                        .param("password", "Mot-de-passe-solide-12").with(csrf()).session(session), newAddress()))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private MockHttpServletResponse anonymousLoginPage() throws Exception {
        return mvc.perform(get("/login")).andReturn().getResponse();
    }

    private MockHttpServletResponse homePageAsAdmin() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/").with(user(AccessMatrixTest.userWith(Role.ADMIN))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private MockHttpServletResponse login(String username, String password, String address) throws Exception {
        return mvc.perform(withAddress(post("/login").param("username", username).param("password", password)
                .with(csrf()), address)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder withAddress(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    /** A fresh client address per scenario, so that tests sharing the application do not throttle each other. */
    private static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private String newUser(String password) {
        String username = "throttle-" + UUID.randomUUID();
        accounts.create(new NewUser(username, Role.JURY, "Jury de test", null, null, null), password);
        return username;
    }

    private static Stream<String> matches(Path file, Pattern pattern) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> pattern.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
