package fr.sessiontp.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.application.OpeningDay;
import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.application.DecideOutcome;
import fr.sessiontp.evaluation.application.EvaluateCandidate;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.reports.application.Reports;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.Sessions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * D1 towards the centre's staff: during the deliberation, and until the pair has signed the candidate's PV, neither the
 * closing page's copy of the PV nor the audit trail gives the staff the outcome, the CCPs or the observations.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClosingSecrecyTest {

    private static final String OBSERVATION = "Maîtrise remarquable du diagnostic";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Sessions sessions;
    @Autowired
    fr.sessiontp.session.SessionGate gate;
    @Autowired
    OpeningDay opening;
    @Autowired
    JuryReception reception;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EvaluateCandidate evaluate;
    @Autowired
    DecideOutcome decide;
    @Autowired
    Reports reports;
    @Autowired
    MockMvc mvc;

    EvaluationFixtures f;
    long session;
    long candidate;
    long version;
    String sha;
    CurrentUser paul;
    CurrentUser sophie;
    UserDetails managerLogin;
    UserDetails adminLogin;

    /** A candidate given Réussite with both CCPs; the PV prepared and signed by one member of the pair only. */
    @BeforeAll
    void aPvSignedByOneMemberOfThePair() {
        f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND").receptionComplete(gate, opening, reception);
        session = f.sessionId;
        candidate = f.candidates.get(0);
        paul = f.current(Role.JURY, f.juryA);
        sophie = f.current(Role.JURY, f.juryB);
        evaluate.synthesis(paul, session, candidate, Map.of(f.competence(0, 0), true, f.competence(0, 1), true,
                f.competence(1, 0), true, f.competence(1, 1), true));
        decide.confirm(paul, session, candidate, Outcome.SUCCESS, List.of(), OBSERVATION, "");
        version = reports.prepare(paul, session, ReportKind.INDIVIDUAL, candidate);
        sha = reports.view(paul, version).version().contentSha256();
        reports.sign(paul, version, true, sha);
        managerLogin = f.user(Role.SESSION_MANAGER, f.managerId);
        adminLogin = f.user(Role.ADMIN, null);
    }

    private MockHttpServletResponse page(String path, UserDetails who) throws Exception {
        return mvc.perform(get(path).with(user(who))).andReturn().getResponse();
    }

    private String copy() {
        return "/sessions/" + session + "/closing/reports/" + version + "/pdf";
    }

    @Test
    @Order(1)
    void D1_theCentresCopyOfAPvSignedByOneMemberOfThePairIsNotDownloadable() throws Exception {
        for (UserDetails staff : List.of(managerLogin, adminLogin)) {
            MockHttpServletResponse pdf = page(copy(), staff);
            assertThat(pdf.getStatus()).isEqualTo(404);
            assertThat(pdf.getContentType()).isNotEqualTo("application/pdf");
        }
        String closingPage = page("/sessions/" + session + "/closing", managerLogin)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(closingPage).contains("signatures incomplètes").doesNotContain(copy());
    }

    @Test
    @Order(2)
    void D1_theAuditTrailSaysThatTheJuryDecidedNeverWhat() throws Exception {
        List<String> details = jdbc.sql("""
                        select details from audit_entry where subject_type = 'candidate' and subject_id = :c
                          and action like 'evaluation.%'""")
                .param("c", String.valueOf(candidate)).query(String.class).list();
        assertThat(details).hasSizeGreaterThanOrEqualTo(2).allSatisfy(text -> assertThat(text)
                .doesNotContain("Réussite").doesNotContain(f.ccpCodes.get(0)).doesNotContain(f.ccpCodes.get(1))
                .doesNotContain("maîtrisée").doesNotContain(OBSERVATION));
        assertThat(details).anyMatch(text -> text.startsWith("Résultat confirmé par le jury"));
        // the staff's page: the rows about this candidate (other tests share the centre's trail)
        String trail = page("/admin/audit", adminLogin).getContentAsString(StandardCharsets.UTF_8);
        List<String> rows = java.util.Arrays.stream(trail.split("<tr"))
                .filter(row -> row.contains(">candidate " + candidate + "<")).toList();
        assertThat(rows).anyMatch(row -> row.contains("evaluation.outcomeConfirmed"))
                .anyMatch(row -> row.contains("evaluation.synthesisEntered"))
                .allSatisfy(row -> assertThat(row).doesNotContain("Réussite").doesNotContain(f.ccpCodes.get(0))
                        .doesNotContain(f.ccpCodes.get(1)).doesNotContain(OBSERVATION).doesNotContain("maîtrisée"));
    }

    @Test
    @Order(2)
    void A1_theEntryOfTheResultsInCeresIsNotRecordedBeforeThePvsAreSigned() throws Exception {
        String refused = mvc.perform(post("/sessions/" + session + "/closing/ceres").param("enteredOn", "2026-03-10")
                        .param("reference", "CERES-TROP-TOT").with(csrf()).with(user(managerLogin)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"ceres-error\"").contains("une fois les PV signés").contains("(A1)");
        assertThat(jdbc.sql("select count(*) from ceres_entry where session_id = :s").param("s", session)
                .query(Long.class).single()).isZero();
    }

    @Test
    @Order(3)
    void D1_onceThePairHasSignedTheCentreKeepsItsCopy() throws Exception {
        reports.sign(sophie, version, true, sha);
        MockHttpServletResponse pdf = page(copy(), managerLogin);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(page("/sessions/" + session + "/closing", managerLogin).getContentAsString(StandardCharsets.UTF_8))
                .contains(copy());
    }
}
