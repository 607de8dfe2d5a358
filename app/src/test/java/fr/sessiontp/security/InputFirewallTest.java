package fr.sessiontp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests refused before any page or API method runs, sent over HTTP to the real server: control characters in a
 * parameter, addresses the firewall rejects. Every answer is French; under /api it is always a problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputFirewallTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String rawPath) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aParameterWithABellOrANulIsRefusedOnThePagesWithAFrenchExplanation() throws Exception {
        for (String value : new String[] {"%07", "DUP%00ONT", "%1B"}) {
            HttpResponse<String> response = get("/login?username=" + value);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(HtmlUtils.htmlUnescape(response.body()))
                    .contains("Le champ « username » contient un caractère de contrôle invisible");
        }
    }

    @Test
    void aParameterWithAControlCharacterIsAProblemInFrenchOnTheApi() throws Exception {
        HttpResponse<String> response = get("/api/sessions?page=%07");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Le champ « page » contient un caractère de contrôle invisible");
    }

    @Test
    void addressesTheFirewallRejectsGetAFrenchProblemOnTheApiAndTheErrorPageElsewhere() throws Exception {
        for (String path : new String[] {"/api/sessions/1;select%201", "/api/sessions/%2e%2e", "/api/sessions/%00"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(path).contains("Cette adresse n'est pas acceptée");
        }
        HttpResponse<String> page = get("/sessions/1;jsessionid=x");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains("Cette adresse n'est pas acceptée");
    }

    @Test
    void ordinaryTextWithAccentsAndLineBreaksPasses() {
        assertThat(ControlCharacterFilter.forbidden("Zoé L'Hôte\r\nligne 2\tfin")).isFalse();
        assertThat(ControlCharacterFilter.forbidden("a\u0000b")).isTrue();
        assertThat(ControlCharacterFilter.forbidden("a\u007Fb")).isTrue();
    }
}
