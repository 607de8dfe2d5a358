package fr.sessiontp.closing;

import fr.sessiontp.session.ValidationPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.sessiontp.closing.application.Closing;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.application.OpeningDay;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.TestClock;
import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.application.DecideOutcome;
import fr.sessiontp.evaluation.application.EvaluateCandidate;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.reports.SignedReport;
import fr.sessiontp.reports.SignedReports;
import fr.sessiontp.retention.application.RecordPortfolioReturn;
import fr.sessiontp.retention.domain.PortfolioReturn;
import fr.sessiontp.reports.application.Reports;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.Sessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The closing flow against the real database and through the pages: a session of one candidate and one pair reaches
 * "PV signés" with the general PV countersigned; the transmission is refused while the candidate's PV is not signed
 * and countersigned (A1), then made; the centre keeps downloading its copy (X7); nobody but the authority of the
 * region validates (D9); the authority sends back with a reason, the centre transmits again, the authority validates
 * and the centre archives. The methods run in order on that one session.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClosingTest {

    @Autowired
    fr.sessiontp.session.SessionGate gate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Sessions sessions;
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
    SignedReports signedReports;
    @Autowired
    Closing closing;
    @Autowired
    RecordPortfolioReturn portfolioReturns;
    @Autowired
    MockMvc mvc;
    @Autowired
    fr.sessiontp.audit.TamperEvidence tamperEvidence;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    EvaluationFixtures f;
    long session;
    long candidate;
    CurrentUser paul;
    CurrentUser sophie;
    CurrentUser manager;
    CurrentUser authority;
    UserDetails managerLogin;
    UserDetails adminLogin;
    UserDetails juryLogin;
    UserDetails authorityLogin;
    UserDetails otherRegionLogin;

    @BeforeAll
    void sessionWithItsGeneralPvCountersigned() {
        f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND");
        session = f.sessionId;
        candidate = f.candidates.get(0);
        // one candidate and one pair: fewer PVs to sign
        jdbc.sql("delete from enrolment where session_id = :s and candidate_id <> :c").param("s", session)
                .param("c", candidate).update();
        jdbc.sql("delete from jury_pair where id = :p").param("p", f.pair2).update();
        TestClock.setDay(EvaluationFixtures.START);
        gate.convene(session);
        opening.open(session);
        Step.of(RuleId.J1).forEach(step -> reception.recordItem(session, step));
        reception.confirmNoLink(session, f.juryA);
        reception.confirmNoLink(session, f.juryB);
        opening.checkIn(session, candidate, true, true, true);
        opening.checkEnvelopes(session, true, candidate, null);
        opening.startEpreuves(session);
        TestClock.setDay(EvaluationFixtures.END);
        paul = f.current(Role.JURY, f.juryA);
        sophie = f.current(Role.JURY, f.juryB);
        manager = f.current(Role.SESSION_MANAGER, f.managerId);
        authority = f.current(Role.AUTHORITY, null);
        evaluate.synthesis(paul, session, candidate, Map.of(f.competence(0, 0), true, f.competence(0, 1), true,
                f.competence(1, 0), true, f.competence(1, 1), true));
        decide.confirm(paul, session, candidate, Outcome.SUCCESS, List.of(), "Travail soigné", "");
        long general = reports.prepare(paul, session, ReportKind.GENERAL, null);
        signAll(general);
        assertThat(status()).isEqualTo(SessionStatus.REPORTS_SIGNED);
        managerLogin = f.user(Role.SESSION_MANAGER, f.managerId);
        adminLogin = f.user(Role.ADMIN, null);
        juryLogin = f.user(Role.JURY, f.juryA);
        authorityLogin = f.user(Role.AUTHORITY, null);
        String other = "dreets-bzh-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUser(other, Role.AUTHORITY, "DREETS Bretagne (essai)", null, null, "Bretagne"),
                "secret-pass-1");
        otherRegionLogin = accounts.loadUserByUsername(other);
    }

    private void signAll(long version) {
        String sha = reports.view(paul, version).version().contentSha256();
        reports.sign(paul, version, true, sha);
        reports.sign(sophie, version, true, sha);
        reports.sign(manager, version, true, sha);
    }

    private SessionStatus status() {
        return sessions.session(session).orElseThrow().summary().status();
    }

    private MockHttpServletResponse page(String path, UserDetails who) throws Exception {
        return mvc.perform(get(path).with(user(who))).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :s")
                .param("a", action).param("s", String.valueOf(session)).query(Long.class).single();
    }

    @Test
    @Order(1)
    void A1_transmissionRefusedWhileTheCandidatesPvIsNotSignedAndCountersigned() throws Exception {
        assertThatThrownBy(() -> closing.transmit(manager, session))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.A1);
                    assertThat(e.refusals().get(0).message()).contains("LEFORT");
                });
        long individual = reports.prepare(paul, session, ReportKind.INDIVIDUAL, candidate);
        String sha = reports.view(paul, individual).version().contentSha256();
        reports.sign(paul, individual, true, sha);
        reports.sign(sophie, individual, true, sha);
        // signed by the pair, not countersigned yet: still refused, on the page too, with the rule ID
        String refused = text(mvc.perform(post("/sessions/" + session + "/closing/transmit").with(csrf())
                .with(user(managerLogin))).andReturn().getResponse());
        assertThat(refused).contains("contresigné par le responsable").contains("(A1)").contains("id=\"closing-error\"");
        assertThat(status()).isEqualTo(SessionStatus.REPORTS_SIGNED);
        reports.sign(manager, individual, true, sha);
        assertThat(signedReports.latestOf(session)).hasSize(2).allMatch(SignedReport::fullySigned);
    }

    @Test
    @Order(2)
    void A1_X7_theClosingPageShowsTheDeadlineTheCeresStatesAndTheSessionPageNoFlowButton() throws Exception {
        String html = text(page("/sessions/" + session + "/closing", managerLogin));
        // the session ended on 10/03/2026: due on 25/03/2026, long past
        assertThat(html).contains("25/03/2026").contains("En retard").contains("(A1)")
                .contains("En préparation").contains("DTE envoyé").contains("Convocations envoyées")
                .contains("Résultats saisis").contains("Validé par l&#39;autorité")
                .contains("id=\"transmit\"");
        String sessionPage = text(page("/sessions/" + session, managerLogin));
        assertThat(sessionPage).contains("id=\"closing-link\"").doesNotContain("status-TRANSMITTED")
                .doesNotContain("status-VALIDATED").doesNotContain("status-REPORTS_SIGNED");
        // the generic status route refuses the transmission: it belongs to the closing page (A1)
        String generic = text(mvc.perform(post("/sessions/" + session + "/status").param("target", "TRANSMITTED")
                .with(csrf()).with(user(managerLogin))).andReturn().getResponse());
        assertThat(generic).contains("page de clôture").contains("(A1)");
        assertThat(status()).isEqualTo(SessionStatus.REPORTS_SIGNED);
        assertThat(page("/sessions/" + session + "/closing", juryLogin).getStatus()).isEqualTo(403);
        assertThat(page("/sessions/" + session + "/closing", f.user(Role.ADMIN, null)).getStatus()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void A1_X7_theResponsableTransmitsTheSignedPvsAndTheCentreKeepsItsCopy() throws Exception {
        var response = mvc.perform(post("/sessions/" + session + "/closing/transmit").with(csrf()).with(user(managerLogin)))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/sessions/" + session + "/closing?transmitted");
        assertThat(status()).isEqualTo(SessionStatus.TRANSMITTED);
        List<Map<String, Object>> items = jdbc.sql("""
                        select i.report_version_id, i.sealed_sha256, t.region, t.on_time, t.transmitted_by
                        from report_transmission t join report_transmission_item i on i.transmission_id = t.id
                        where t.session_id = :s""").param("s", session).query().listOfRows();
        assertThat(items).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("region")).isEqualTo("Normandie");
            assertThat(row.get("on_time")).isEqualTo(false);
            String sealed = jdbc.sql("select sealed_sha256 from report_signature where report_version_id = :v order by seq desc limit 1")
                    .param("v", row.get("report_version_id")).query(String.class).single();
            assertThat(row.get("sealed_sha256")).isEqualTo(sealed);
        });
        assertThat(audited("closing.transmitted")).isEqualTo(1);
        String trail = jdbc.sql("select details from audit_entry where action = 'closing.transmitted' and subject_id = :s")
                .param("s", String.valueOf(session)).query(String.class).single();
        assertThat(trail).contains("Normandie").contains("en retard").contains(String.valueOf(items.get(0).get("sealed_sha256")));

        // X7: the centre's copy, after the transmission
        long version = ((Number) items.get(0).get("report_version_id")).longValue();
        MockHttpServletResponse pdf = page("/sessions/" + session + "/closing/reports/" + version + "/pdf", managerLogin);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getContentAsByteArray())))
                .isEqualTo(items.get(0).get("sealed_sha256")).isEqualTo(pdf.getHeader("X-Content-SHA256"));
        assertThat(text(page("/sessions/" + session + "/closing", managerLogin))).contains("Transmis en retard")
                .contains("id=\"transmitted-by\"").doesNotContain("id=\"transmit\"");
    }

    @Test
    @Order(4)
    void D9_nobodyButTheAuthorityOfTheRegionReachesValidated() throws Exception {
        // the generic status route: refused with D9 for the centre's staff
        String generic = text(mvc.perform(post("/sessions/" + session + "/status").param("target", "VALIDATED")
                .with(csrf()).with(user(adminLogin))).andReturn().getResponse());
        assertThat(generic).contains("(D9)");
        // the authority's routes: other roles are refused by the route rules, another region does not see the session
        for (UserDetails who : List.of(adminLogin, managerLogin, juryLogin)) {
            assertThat(mvc.perform(post("/authority/sessions/" + session + "/validate").with(csrf()).with(user(who)))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/authority/sessions/" + session + "/validate").with(csrf())
                .with(user(otherRegionLogin))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page("/authority/sessions/" + session, otherRegionLogin).getStatus()).isEqualTo(404);
        // the use case and the session API itself
        assertThatThrownBy(() -> closing.validate(manager, session)).isInstanceOf(NoSuchElementException.class);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(adminLogin, null, adminLogin.getAuthorities()));
        try {
            assertThatThrownBy(() -> gate.validated(session, ValidationPath.AUTHORITY_IN_APP, UserAccounts.required()))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D9));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(status()).isEqualTo(SessionStatus.TRANSMITTED);
    }

    @Test
    @Order(5)
    void A1_theAuthoritySendsBackWithAReasonAndTheCentreTransmitsAgain() throws Exception {
        String list = text(page("/authority", authorityLogin));
        assertThat(list).contains(f.sessionNumber).contains("Transmis en retard");
        String review = text(page("/authority/sessions/" + session, authorityLogin));
        assertThat(review).contains("id=\"validate\"").contains("/authority/sessions/" + session + "/reports/");
        String refused = text(mvc.perform(post("/authority/sessions/" + session + "/send-back").param("reason", "  ")
                .with(csrf()).with(user(authorityLogin))).andReturn().getResponse());
        assertThat(refused).contains("Indiquez le motif").contains("(A1)");
        assertThat(status()).isEqualTo(SessionStatus.TRANSMITTED);
        mvc.perform(post("/authority/sessions/" + session + "/send-back").param("reason", "Cachet du centre illisible")
                .with(csrf()).with(user(authorityLogin)));
        assertThat(status()).isEqualTo(SessionStatus.REPORTS_SIGNED);
        assertThat(audited("closing.sentBack")).isEqualTo(1);
        assertThat(text(page("/sessions/" + session + "/closing", managerLogin))).contains("Cachet du centre illisible");
        closing.transmit(manager, session);
        assertThat(status()).isEqualTo(SessionStatus.TRANSMITTED);
    }

    @Test
    @Order(6)
    void D9_X7_A4_theAuthorityValidatesWhichReleasesTheResultsThenTheCentreArchivesOnceEveryDpIsReturned() throws Exception {
        // archive before validation: refused (X7)
        assertThatThrownBy(() -> closing.archive(manager, session)).isInstanceOf(RuleViolationException.class);
        var validated = mvc.perform(post("/authority/sessions/" + session + "/validate").with(csrf())
                .with(user(authorityLogin))).andReturn().getResponse();
        assertThat(validated.getRedirectedUrl()).isEqualTo("/authority/sessions/" + session + "?validated");
        assertThat(status()).isEqualTo(SessionStatus.VALIDATED);
        assertThat(audited("closing.validated")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from authority_decision where session_id = :s and decision = 'VALIDATED'")
                .param("s", session).query(Long.class).single()).isEqualTo(1);
        // A4: not while a DP is not recorded as returned to its candidate
        var refused = mvc.perform(post("/sessions/" + session + "/closing/archive").with(csrf()).with(user(managerLogin)))
                .andReturn().getResponse();
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("(A4)");
        assertThat(status()).isEqualTo(SessionStatus.VALIDATED);
        jdbc.sql("select candidate_id from enrolment where session_id = :s").param("s", session).query(Long.class)
                .list().forEach(candidate -> portfolioReturns.record(session, candidate,
                        new PortfolioReturn(LocalDate.now(), false, null, null)));
        mvc.perform(post("/sessions/" + session + "/closing/archive").with(csrf()).with(user(managerLogin)));
        assertThat(status()).isEqualTo(SessionStatus.ARCHIVED);
        assertThat(audited("closing.archived")).isEqualTo(1);
        // X7: still the centre's copy once archived; the authority reads what it was sent
        long version = jdbc.sql("select max(report_version_id) from report_transmission_item i join report_transmission t"
                + " on t.id = i.transmission_id where t.session_id = :s").param("s", session).query(Long.class).single();
        assertThat(page("/sessions/" + session + "/closing/reports/" + version + "/pdf", managerLogin).getStatus()).isEqualTo(200);
        assertThat(page("/authority/sessions/" + session + "/reports/" + version + "/pdf", authorityLogin).getStatus()).isEqualTo(200);
        assertThat(page("/authority/sessions/" + session + "/reports/" + version + "/pdf", otherRegionLogin).getStatus()).isEqualTo(404);
        assertThat(text(page("/authority?status=ARCHIVED", authorityLogin))).contains(f.sessionNumber);
    }

    @Test
    @Order(7)
    void A1_aTransmittedItemWhoseSealedShaIsRewrittenIsNamed() {
        Map<String, Object> first = jdbc.sql("""
                select i.transmission_id, i.report_version_id from report_transmission_item i join report_transmission t
                  on t.id = i.transmission_id where t.session_id = :s and i.kind = 'GENERAL' order by t.id limit 1""")
                .param("s", session).query().singleRow();
        List<String> problems = closingProblemsAfter("update report_transmission_item set sealed_sha256 = '"
                + "a".repeat(64) + "' where transmission_id = " + first.get("transmission_id")
                + " and report_version_id = " + first.get("report_version_id"));
        assertThat(problems).containsExactly("PV version n° " + first.get("report_version_id") + " de la transmission n° "
                + first.get("transmission_id") + " (session n° " + session + ") : son empreinte SHA-256 scellée n'est"
                + " pas celle journalisée ; l'élément a été inséré ou réécrit.");
    }

    @Test
    @Order(8)
    void D9_anAuthorityDecisionWhoseAuthorIsRewrittenIsNamed() {
        long decision = jdbc.sql("select id from authority_decision where session_id = :s and decision = 'VALIDATED'")
                .param("s", session).query(Long.class).single();
        List<String> problems = closingProblemsAfter(
                "update authority_decision set decided_by = 'Quelqu''un d''autre' where id = " + decision);
        assertThat(problems).containsExactly("Décision de l'autorité n° " + decision + " (session n° " + session
                + ") : auteur, décision ou motif différent de ce qui a été journalisé ; elle a été insérée ou réécrite.");
        assertThat(closingProblemsAfter("select 1")).isEmpty();
    }

    @Test
    @Order(9)
    void A1_X7_resultsEnteredInCeresIsAFactRecordedByANamedPersonNeverTheSessionsStatus() throws Exception {
        String closingPage = "/sessions/" + session + "/closing";
        // validated and archived, yet nobody recorded the entry in CERES: « Résultats saisis » is not reached
        String before = text(page(closingPage, managerLogin));
        assertThat(before).contains("id=\"ceres-not-recorded\"").contains("id=\"record-ceres\"");
        assertThat(step(before, "RESULTS_ENTERED")).contains("à venir");
        assertThat(step(before, "VALIDATED")).contains("état actuel");

        // bad input: a French message next to each field, what was typed kept, nothing recorded
        String empty = text(mvc.perform(post("/sessions/" + session + "/closing/ceres").param("enteredOn", "")
                .param("reference", "  ").with(csrf()).with(user(managerLogin))).andReturn().getResponse());
        assertThat(empty).contains("id=\"ceres-enteredOn-error\"").contains("Indiquez la date de saisie dans CERES.")
                .contains("id=\"ceres-reference-error\"").contains("Indiquez la référence CERES de la saisie.");
        LocalDate today = LocalDate.now(fr.sessiontp.closing.domain.TransmissionDeadline.FRANCE);
        String future = text(mvc.perform(post("/sessions/" + session + "/closing/ceres")
                .param("enteredOn", today.plusDays(2).toString()).param("reference", "CERES-2026-0042")
                .with(csrf()).with(user(managerLogin))).andReturn().getResponse());
        assertThat(future).contains("ne peut pas être dans le futur").contains("value=\"CERES-2026-0042\"");
        String notADate = text(mvc.perform(post("/sessions/" + session + "/closing/ceres").param("enteredOn", "31/02/2026")
                .param("reference", "CERES-2026-0042").with(csrf()).with(user(managerLogin))).andReturn().getResponse());
        assertThat(notADate).contains("n&#39;est pas une date valide");
        assertThat(ceresEntries()).isZero();

        var saved = mvc.perform(post("/sessions/" + session + "/closing/ceres").param("enteredOn", today.toString())
                .param("reference", " CERES-2026-0042 ").with(csrf()).with(user(managerLogin))).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/sessions/" + session + "/closing?ceresEntered#ceres");
        Map<String, Object> row = jdbc.sql("""
                select entered_on, ceres_reference, recorded_by, recorded_by_id from ceres_entry where session_id = :s""")
                .param("s", session).query().singleRow();
        assertThat(row.get("ceres_reference")).isEqualTo("CERES-2026-0042");
        assertThat(row.get("recorded_by")).isEqualTo(accountName(managerLogin));
        String after = text(page(closingPage, managerLogin));
        assertThat(after).contains("id=\"ceres-recorded\"").contains("référence CERES-2026-0042")
                .contains(accountName(managerLogin)).contains(fr.sessiontp.closing.domain.TransmissionDeadline.formatted(today));
        assertThat(step(after, "RESULTS_ENTERED")).contains("atteint");
        assertThat(audited("closing.ceresEntered")).isEqualTo(1);
        // the authority's review page shows the recorded entry too
        assertThat(text(page("/authority/sessions/" + session, authorityLogin))).contains("référence CERES-2026-0042");
    }

    private long ceresEntries() {
        return jdbc.sql("select count(*) from ceres_entry where session_id = :s").param("s", session)
                .query(Long.class).single();
    }

    private String accountName(UserDetails login) {
        return jdbc.sql("select display_name from app_user where username = :u").param("u", login.getUsername())
                .query(String.class).single();
    }

    /** The CERES progress list's item of one state. */
    private static String step(String html, String state) {
        int start = html.indexOf("id=\"ceres-" + state + "\"");
        assertThat(start).as("CERES state " + state + " listed").isNotNegative();
        return html.substring(start, html.indexOf("</li>", start));
    }

    /** The closing records' problems about this session after an attack made as the database owner, rolled back. */
    private List<String> closingProblemsAfter(String attack) {
        return transactions.execute(status -> {
            for (String table : List.of("report_transmission_item", "authority_decision")) {
                jdbc.sql("alter table " + table + " disable trigger " + table + "_append_only").update();
            }
            if (!attack.startsWith("select")) {
                jdbc.sql(attack).update();
            }
            for (String table : List.of("report_transmission_item", "authority_decision")) {
                jdbc.sql("alter table " + table + " enable trigger " + table + "_append_only").update();
            }
            List<String> problems = tamperEvidence.verify().records().stream()
                    .filter(r -> r.name().equals("Transmissions et décisions de l'autorité"))
                    .flatMap(r -> r.problems().stream())
                    .filter(p -> p.contains("(session n° " + session + ")") || p.startsWith("Session n° " + session + " "))
                    .toList();
            status.setRollbackOnly();
            return problems;
        });
    }

    // ---- the regional dashboard, on a region of its own ----

    @Test
    void A1_theRegionalDashboardCountsDeadlinesAndSuccessRatesPerTitleAndCentre() throws Exception {
        String region = "Essai-" + UUID.randomUUID().toString().substring(0, 8);
        long centre = jdbc.sql("""
                insert into centre (name, address, postal_code, city, region, email)
                values (:n, '1 rue du Tableau', '35000', 'Rennes', :r, 'tableau@example.org') returning id""")
                .param("n", "Centre tableau " + region).param("r", region).query(Long.class).single();
        LocalDate today = LocalDate.now(fr.sessiontp.closing.domain.TransmissionDeadline.FRANCE);
        insertSession(centre, region + "-A", "REPORTS_SIGNED", today.minusDays(12)); // due soon
        insertSession(centre, region + "-B", "DELIBERATION", today.minusDays(20));   // overdue
        insertSession(centre, region + "-C", "REPORTS_SIGNED", today.minusDays(2));  // on time
        String login = "dreets-" + UUID.randomUUID().toString().substring(0, 6);
        long authorityId = accounts.create(new NewUser(login, Role.AUTHORITY, "DREETS essai", null, null, region),
                "secret-pass-1");
        long validated = insertSession(centre, region + "-D", "TRANSMITTED", today.minusDays(30));
        long version = jdbc.sql("""
                insert into report_version (session_id, kind, version, session_number, session_type, title_id, title_code,
                  title_name, centre_id, centre_name, centre_address, centre_city, start_date, end_date, jury_composition,
                  manager_last_name, manager_first_name, content_sha256, created_by)
                values (:s, 'GENERAL', 1, :n, 'TITLE', :t, :tc, 'Titre', :c, 'Centre', 'adresse', 'Rennes', :d, :d, '', 'X',
                  'Y', :sha, 'essai') returning id""")
                .param("s", validated).param("n", region + "-D").param("t", f.titleId).param("tc", f.titleCode)
                .param("c", centre).param("d", today.minusDays(30)).param("sha", "0".repeat(64)).query(Long.class).single();
        String[] outcomes = {"SUCCESS", "SUCCESS", "FAILURE", "ABSENT"};
        for (int i = 0; i < outcomes.length; i++) {
            jdbc.sql("""
                    insert into report_line (report_version_id, position, candidate_id, identifier, birth_name, first_names,
                      access_route, outcome) values (:v, :p, :c, 'ID', 'NOM', 'Prénom', 'TRAINING', :o)""")
                    .param("v", version).param("p", i + 1).param("c", f.candidates.get(i % 3)).param("o", outcomes[i])
                    .update();
        }
        // D9: the authority's validation releases the results and records their counts
        jdbc.sql("""
                insert into report_transmission (session_id, region, transmitted_at, transmitted_by_id, transmitted_by,
                  due_date, on_time) values (:s, :r, now(), :u, 'Responsable', :due, false)""")
                .param("s", validated).param("r", region).param("u", authorityId).param("due", today.minusDays(15))
                .update();
        closing.validate(new CurrentUser(authorityId, login, "DREETS essai", Role.AUTHORITY, null, null, region), validated);
        assertThat(jdbc.sql("select candidates || '/' || successes || '/' || failures || '/' || absences"
                + " from released_outcome where session_id = :s").param("s", validated).query(String.class).single())
                .isEqualTo("4/2/1/1");
        String html = text(page("/authority/dashboard", accounts.loadUserByUsername(login)));
        assertThat(html).contains("id=\"count-awaiting\">3<").contains("id=\"count-due-soon\">1<")
                .contains("id=\"count-overdue\">1<")
                .contains("<svg id=\"rates-chart\" role=\"img\"").contains("<title id=\"chart-title\"")
                .contains(f.titleCode).contains("67 %").contains("Centre tableau " + region)
                .contains(region + "-B");
        // another region sees none of it
        assertThat(text(page("/authority/dashboard", otherRegionLogin))).doesNotContain("Centre tableau " + region);
    }

    private long insertSession(long centre, String number, String status, LocalDate end) {
        return jdbc.sql("""
                insert into exam_session (centre_id, title_id, type, number, start_date, end_date, manager_id, status)
                values (:c, :t, 'TITLE', :n, :start, :end, :m, :st) returning id""")
                .param("c", centre).param("t", f.titleId).param("n", number).param("start", end.minusDays(1))
                .param("end", end).param("m", f.managerId).param("st", status).query(Long.class).single();
    }
}
