package fr.sessiontp.results;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.security.ApiTokens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/sessions/{id}/results}: the CERES export (A1) through the REST API, with a token of the session's
 * centre; here beside {@link ResultsFixture}, which builds a countersigned general PV on the real database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CeresApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;

    @Test
    void A1_theApiGivesTheCheckedCeresExportOfTheCentresSessionAndRefusesItInFrenchWhileNotReady() throws Exception {
        ResultsFixture f = new ResultsFixture(jdbc).standard("TRANSMITTED").signedReport();
        String token = "Bearer " + tokens.issue(f.centreId, "CERES", null, "test").secret();
        mvc.perform(get("/api/sessions/" + f.sessionId + "/results").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.format").value("sessiontp-ceres-results"))
                .andExpect(jsonPath("$.session.number").value(f.sessionNumber))
                .andExpect(jsonPath("$.candidates", hasSize(5)))
                .andExpect(jsonPath("$.candidates[1].birthName").value("HADDAD"));

        // not ready: no general PV, an enrolled candidate without outcome → 409 with every problem, ending with (A1)
        ResultsFixture g = new ResultsFixture(jdbc).session("TITLE", "DELIBERATION", ResultsFixture.START,
                ResultsFixture.END);
        g.candidate("GIRARD", null, "Tom", "TRAINING", null, null, List.of());
        String other = "Bearer " + tokens.issue(g.centreId, "CERES", null, "test").secret();
        mvc.perform(get("/api/sessions/" + g.sessionId + "/results").header("Authorization", other))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.detail", containsString("Aucun PV de session n'a été préparé")))
                .andExpect(jsonPath("$.errors[1].message", containsString("(A1)")));

        // another centre's token: 404, as for a session that does not exist
        mvc.perform(get("/api/sessions/" + f.sessionId + "/results").header("Authorization", other))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Session introuvable pour ce centre."));
    }
}
