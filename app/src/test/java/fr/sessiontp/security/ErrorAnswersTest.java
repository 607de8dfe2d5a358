package fr.sessiontp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.sessiontp.demo.DemoData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Odd requests on the pages get a page in French, never a 500 nor a body that contradicts its content type. */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorAnswersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAuditPageNumberPastTheEndShowsTheLastPage() throws Exception {
        for (String page : new String[] {"2147483647", "99999", "-5"}) {
            MockHttpServletResponse response = mvc.perform(get("/admin/audit").param("page", page)
                    .with(user(accounts.loadUserByUsername("admin")))).andReturn().getResponse();
            assertThat(response.getStatus()).as("page " + page).isEqualTo(200);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Journal d");
        }
    }

    @Test
    void A1_aRefusedCeresJsonDownloadIsAFrenchProblemInJson() throws Exception {
        long session = jdbc.sql("select id from exam_session where number = :n").param("n", DemoData.SC_SESSION_NUMBER)
                .query(Long.class).single();
        MockHttpServletResponse response = mvc.perform(get("/sessions/" + session + "/results/ceres.json")
                .with(user(accounts.loadUserByUsername("admin")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Export CERES impossible")
                .contains("(A1)");
    }
}
