package fr.sessiontp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A start without the demo option (production): nothing fictitious is created, no password is printed, the login page
 * says nothing about demo accounts. Its own empty database, so that the demo of the other tests is not there.
 */
@SpringBootTest(properties = {
        "sessiontp.demo.enabled=false",
        "sessiontp.embedded-db.data-dir=target/embedded-postgres-production",
        "sessiontp.demo.credentials-file=target/production-start/demo-credentials.txt"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theDemoIsOffUnlessTheOptionTurnsItOn() throws Exception {
        Properties application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        assertThat(application.getProperty("sessiontp.demo.enabled")).isEqualTo("false");
    }

    @Test
    void aStartWithoutTheDemoOptionCreatesNoCentreNoUserAndLogsNoPassword(CapturedOutput output) throws Exception {
        assertThat(count("centre")).isZero();
        assertThat(count("app_user")).isZero();
        assertThat(count("exam_session")).isZero();
        assertThat(count("candidate")).isZero();
        assertThat(Files.exists(Path.of("target/production-start/demo-credentials.txt"))).isFalse();
        assertThat(output.getAll()).contains("Started ")
                .doesNotContainIgnoringCase("mot de passe")
                .doesNotContain("Comptes de démonstration")
                .doesNotContain("Demo data created");

        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("comptes de démonstration"))));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
