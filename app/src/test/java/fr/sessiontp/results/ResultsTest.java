package fr.sessiontp.results;

import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.session.ValidationPath;
import fr.sessiontp.documents.DocumentGallery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.people.AccessRoute;
import fr.sessiontp.reports.PvChecks;
import fr.sessiontp.results.application.ResitTracking;
import fr.sessiontp.results.application.ResultsBoard;
import fr.sessiontp.security.ApiTokens;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.Sessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results module on the real database and through its pages: the CERES export and its check (A1), the results
 * board page and PDF (A5), re-sit deadlines recorded at validation and listed for the centre (X6).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsTest {

    /** The regional authority that validates the sessions of these tests (D9). */
    static final CurrentUser AUTHORITY = new CurrentUser(0, "dreets-test", "DREETS (test)", Role.AUTHORITY, null, null,
            "Normandie");

    @Autowired
    fr.sessiontp.session.SessionGate gate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CeresExport ceres;
    @Autowired
    ResultsBoard board;
    @Autowired
    ResitTracking resits;
    @Autowired
    Sessions sessions;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    /** A session whose PV is countersigned, not validated yet (status TRANSMITTED). */
    ResultsFixture f;
    UserDetails admin;
    UserDetails manager;

    @BeforeAll
    void closedSession() {
        f = new ResultsFixture(jdbc).standard("TRANSMITTED").signedReport();
        admin = f.user(accounts, Role.ADMIN, f.centreId);
        manager = f.user(accounts, Role.SESSION_MANAGER, f.centreId);
    }

    // ---- A1 ----

    @Test
    void A1_exportsOneRowPerCandidateFromTheCountersignedGeneralPv() {
        CheckedCeresExport export = ceres.check(f.sessionId);
        assertThat(export.problems()).isEmpty();
        assertThat(export.ready()).isTrue();
        assertThat(export.source().version()).isEqualTo(1);
        assertThat(export.rows()).hasSize(5);
        CeresRow yanis = export.rows().get(1);
        assertThat(yanis.identifier()).isEqualTo(f.person("HADDAD").identifier());
        assertThat(yanis.birthName()).isEqualTo("HADDAD");
        assertThat(yanis.usageName()).isEqualTo("MARTIN");
        assertThat(yanis.birthDate()).isEqualTo(LocalDate.of(1988, 1, 2));
        assertThat(yanis.accessRoute()).isEqualTo(AccessRoute.TRAINING);
        assertThat(yanis.outcome()).isEqualTo(Outcome.PARTIAL_SUCCESS);
        assertThat(yanis.awardedCodes()).containsExactly(f.ccp1);
        assertThat(yanis.sessionNumber()).isEqualTo(f.sessionNumber);
        assertThat(yanis.titleCode()).isEqualTo(f.titleCode);
        assertThat(yanis.startDate()).isEqualTo(ResultsFixture.START);
        assertThat(yanis.endDate()).isEqualTo(ResultsFixture.END);
        assertThat(export.rows().get(2).birthDate()).as("unknown birth date").isNull();
    }

    @Test
    void A1_theApiServesTheCheckedJsonToTheCentresToken_refusesAnUncheckedExport_andHidesOtherCentres() throws Exception {
        String token = tokens.issue(f.centreId, "CERES " + f.n, null, "test").secret();
        MockHttpServletResponse served = mvc.perform(get("/api/sessions/{id}/results", f.sessionId)
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        JsonNode root = JsonMapper.builder().build().readTree(served.getContentAsByteArray());
        assertThat(root.path("format").asString()).isEqualTo("sessiontp-ceres-results");
        assertThat(root.path("session").path("number").asString()).isEqualTo(f.sessionNumber);
        assertThat(root.path("candidates")).hasSize(5);

        ResultsFixture unsigned = new ResultsFixture(jdbc).standard("DELIBERATION");
        String otherToken = tokens.issue(unsigned.centreId, "CERES " + unsigned.n, null, "test").secret();
        MockHttpServletResponse refused = mvc.perform(get("/api/sessions/{id}/results", unsigned.sessionId)
                .header("Authorization", "Bearer " + otherToken)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("(A1)");

        assertThat(mvc.perform(get("/api/sessions/{id}/results", f.sessionId)
                .header("Authorization", "Bearer " + otherToken)).andReturn().getResponse().getStatus())
                .as("another centre's session is not found").isEqualTo(404);
    }

    @Test
    void A1_csvIsUtf8WithBomSemicolonsHeaderRfc4180QuotingAndIsAudited() throws Exception {
        ResultsFixture g = new ResultsFixture(jdbc).session("TITLE", "REPORTS_SIGNED", ResultsFixture.START, ResultsFixture.END);
        g.candidate("O'BRIEN; \"DIT\" LE", null, "Anne-Marie", "EQUIVALENCE", LocalDate.of(1975, 2, 3), "SUCCESS",
                List.of(g.ccp1, g.ccp2));
        g.candidate("=CMD", null, "Léa", "TRAINING", null, "FAILURE", List.of());
        g.signedReport();
        CeresFile file = ceres.csv(g.sessionId);
        assertThat(file.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(file.fileName()).isEqualTo("ceres-" + g.sessionNumber + ".csv");
        byte[] bytes = file.content();
        assertThat(new byte[]{bytes[0], bytes[1], bytes[2]}).isEqualTo(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("numero_session;type_session;code_titre;identifiant;nom_naissance;nom_usage;"
                + "prenoms;date_naissance;voie_acces;resultat;codes_attribues;date_debut_session;date_fin_session");
        assertThat(lines[1]).isEqualTo(g.sessionNumber + ";TITLE;" + g.titleCode + ";\"" + g.person("O'BRIEN; \"DIT\" LE").identifier()
                .replace("\"", "\"\"") + "\";\"O'BRIEN; \"\"DIT\"\" LE\";;Anne-Marie;03/02/1975;EQUIVALENCE;REUSSITE;"
                + g.ccp1 + "," + g.ccp2 + ";09/03/2026;12/03/2026");
        assertThat(lines[2]).contains(";'=CMD;;Léa;;FORMATION;ECHEC;;");
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).isEmpty();
        List<CSVRecord> records = CSVParser.parse(text, CSVFormat.Builder.create().setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get()).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("nom_naissance")).isEqualTo("O'BRIEN; \"DIT\" LE");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'results.ceresExported' and subject_id = :s and rule_id = 'A1'")
                .param("s", String.valueOf(g.sessionId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void A1_jsonIsTheDocumentedObject() throws Exception {
        CeresFile file = ceres.json(f.sessionId);
        assertThat(file.contentType()).isEqualTo("application/json");
        JsonNode root = JsonMapper.builder().build().readTree(file.content());
        assertThat(root.get("format").asString()).isEqualTo("sessiontp-ceres-results");
        assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(root.get("session").get("number").asString()).isEqualTo(f.sessionNumber);
        assertThat(root.get("session").get("titleCode").asString()).isEqualTo(f.titleCode);
        assertThat(root.get("session").get("startDate").asString()).isEqualTo("2026-03-09");
        assertThat(root.get("source").get("reportVersion").asInt()).isEqualTo(1);
        assertThat(root.get("candidates")).hasSize(5);
        JsonNode yanis = root.get("candidates").get(1);
        assertThat(yanis.get("birthName").asString()).isEqualTo("HADDAD");
        assertThat(yanis.get("usageName").asString()).isEqualTo("MARTIN");
        assertThat(yanis.get("birthDate").asString()).isEqualTo("1988-01-02");
        assertThat(yanis.get("accessRoute").asString()).isEqualTo("FORMATION");
        assertThat(yanis.get("outcome").asString()).isEqualTo("REUSSITE_PARTIELLE");
        assertThat(yanis.get("awardedCodes").get(0).asString()).isEqualTo(f.ccp1);
        assertThat(root.get("candidates").get(0).get("usageName").isNull()).isTrue();
        assertThat(root.get("candidates").get(2).get("birthDate").isNull()).isTrue();
    }

    @Test
    void A1_refusesTheExportWhenThePvIsNotCountersignedOrAnOutcomeIsMissingOrChanged() {
        ResultsFixture g = new ResultsFixture(jdbc).session("TITLE", "DELIBERATION", ResultsFixture.START, ResultsFixture.END);
        ResultsFixture.Person paul = g.candidate("DUMAS", null, "Paul", "TRAINING", null, "PARTIAL_SUCCESS", List.of(g.ccp2));
        g.generalReport(1, true, true, false);
        g.candidate("FAURE", null, "Lina", "TRAINING", null, null, List.of());
        g.decide(paul, "SUCCESS", List.of(g.ccp1, g.ccp2));
        assertThat(ceres.check(g.sessionId).problems()).containsExactly(
                "Le PV de session (version 1) n'est pas encore contresigné par le responsable de session. (A1)",
                "FAURE Lina est inscrit à la session mais ne figure pas sur le PV de session (version 1) : préparez et faites signer une nouvelle version. (A1)",
                "DUMAS Paul : le résultat décidé par le jury diffère de celui du PV de session (version 1) ; préparez et faites signer une nouvelle version du PV. (A1)");
        assertThatThrownBy(() -> ceres.csv(g.sessionId)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.refusals()).hasSize(3).allMatch(r -> r.rule() == RuleId.A1));
        assertThatThrownBy(() -> ceres.json(g.sessionId)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void A1_refusesASessionWithoutGeneralPvListingWhoHasNoOutcome() {
        ResultsFixture g = new ResultsFixture(jdbc).session("TITLE", "DELIBERATION", ResultsFixture.START, ResultsFixture.END);
        g.candidate("GIRARD", null, "Tom", "TRAINING", null, null, List.of());
        assertThat(ceres.check(g.sessionId).problems()).containsExactly(
                "Aucun PV de session n'a été préparé : les résultats ne peuvent pas être exportés. (A1)",
                "GIRARD Tom n'a pas de résultat décidé par le jury. (A1)");
    }

    @Test
    void A1_resultsPageShowsTheCheckTheRowsAndTheDownloadsToTheCentresStaffOnly() throws Exception {
        String page = ok(get("/sessions/{id}/results", f.sessionId), manager);
        assertThat(page).contains("Export prêt").contains("ceres.csv").contains("ceres.json")
                .contains(f.person("HADDAD").identifier()).contains("MARTIN (HADDAD) Yanis").contains("02/01/1988")
                .contains("Réussite partielle").contains(f.ccp1);
        MockHttpServletResponse csv = mvc.perform(get("/sessions/{id}/results/ceres.csv", f.sessionId).with(user(admin)))
                .andReturn().getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains("ceres-" + f.sessionNumber + ".csv");
        assertThat(mvc.perform(get("/sessions/{id}/results/ceres.json", f.sessionId).with(user(admin)))
                .andReturn().getResponse().getContentAsString()).contains("\"format\"");

        UserDetails otherCentre = new ResultsFixture(jdbc).user(accounts, Role.ADMIN, null);
        ResultsFixture other = new ResultsFixture(jdbc);
        UserDetails otherAdmin = other.user(accounts, Role.ADMIN, other.centreId);
        assertThat(status(get("/sessions/{id}/results", f.sessionId), otherAdmin)).isEqualTo(404);
        assertThat(status(get("/sessions/{id}/results/ceres.csv", f.sessionId), otherAdmin)).isEqualTo(404);
        assertThat(status(get("/sessions/{id}/results", f.sessionId), otherCentre)).isEqualTo(404);
        assertThat(status(get("/sessions/{id}/results", f.sessionId), f.user(accounts, Role.JURY, null))).isEqualTo(403);
    }

    @Test
    void A1_aRefusedDownloadShowsEveryProblemInFrenchOnTheResultsPage() throws Exception {
        ResultsFixture g = new ResultsFixture(jdbc).session("TITLE", "DELIBERATION", ResultsFixture.START, ResultsFixture.END);
        g.candidate("HENRY", null, "Zoé", "TRAINING", null, "PARTIAL_SUCCESS", List.of(g.ccp1));
        g.generalReport(1, true, false, false);
        UserDetails staff = g.user(accounts, Role.SESSION_MANAGER, g.centreId);
        MockHttpServletResponse response = mvc.perform(get("/sessions/{id}/results/ceres.csv", g.sessionId).with(user(staff)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("role=\"alert\"")
                .contains("Téléchargement impossible")
                .contains("n&#39;est pas encore signé par tous les membres du jury. (A1)")
                .doesNotContain("id=\"download-csv\"");
    }

    // ---- A5 ----

    @Test
    void A5_theBoardIsRefusedUntilTheAuthorityValidatesTheReports() throws Exception {
        ResultsFixture g = new ResultsFixture(jdbc).standard("TRANSMITTED").signedReport();
        assertThatThrownBy(() -> board.board(g.sessionId)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.A5));
        UserDetails staff = g.user(accounts, Role.ADMIN, g.centreId);
        MockHttpServletResponse page = mvc.perform(get("/sessions/{id}/board", g.sessionId).with(user(staff)))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(409);
        assertThat(page.getContentAsString()).contains("role=\"alert\"").contains("(A5)").doesNotContain("LEFORT");
        MockHttpServletResponse pdf = mvc.perform(get("/sessions/{id}/board.pdf", g.sessionId).with(user(staff)))
                .andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(409);
        assertThat(pdf.getContentType()).startsWith("text/html");
    }

    @Test
    void A5_boardPageAndPdfListOnlyWhoEarnedSomethingNeverTheJuryTheFailedTheAbsentOrThePv() throws Exception {
        ResultsFixture g = new ResultsFixture(jdbc).standard("TRANSMITTED").signedReport();
        g.status("VALIDATED");
        UserDetails staff = g.user(accounts, Role.SESSION_MANAGER, g.centreId);
        String page = ok(get("/sessions/{id}/board", g.sessionId), staff);
        String table = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        assertThat(table).contains("LEFORT Kévin").contains("Titre professionnel " + g.titleCode)
                .contains("MARTIN Yanis").contains(g.ccp1 + " Maintenir les équipements");
        assertExcluded(table, g);

        MockHttpServletResponse response = mvc.perform(get("/sessions/{id}/board.pdf", g.sessionId).with(user(staff)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        byte[] pdf = response.getContentAsByteArray();
        Path file = PvChecks.write("results-board.pdf", pdf);
        DocumentGallery.keep("affichage-des-resultats", pdf);
        String text = PvChecks.text(pdf);
        assertThat(text).contains("Résultats de la session " + g.sessionNumber).contains("LEFORT Kévin")
                .contains("MARTIN Yanis").contains(g.ccp1 + " Maintenir les équipements")
                .contains("Titre professionnel " + g.titleCode);
        assertExcluded(text, g);
        assertThat(new String(pdf, 0, 2048, StandardCharsets.ISO_8859_1)).as("declares PDF/A-3u")
                .contains("<pdfaid:part>3</pdfaid:part>").contains("<pdfaid:conformance>U</pdfaid:conformance>");
        // PDF/A-3u conformance of the renderer is proven by DocumentRendererTest and ReportsTest (veraPDF); running
        // veraPDF again here would double this class's time for the same engine.
        if (!PvChecks.poppler("pdftoppm").isEmpty()) {
            assertThat(Files.size(PvChecks.pictureOfPageOne(file))).isPositive();
        }
    }

    private static void assertExcluded(String text, ResultsFixture g) {
        assertThat(text).as("failed, absent, VAE failure").doesNotContain("RIGAUD").doesNotContain("Manon")
                .doesNotContain("BLANC").doesNotContain("Julie").doesNotContain("NOËL").doesNotContain("Chloé");
        assertThat(text).as("jury names").doesNotContain("VASSEUR").doesNotContain("PICARD").doesNotContain("Jeanne")
                .doesNotContain("Olivier");
        assertThat(text).as("the PV and personal data").doesNotContain("Procès-verbal").doesNotContain("PROCÈS-VERBAL")
                .doesNotContain("Binôme").doesNotContain(g.person("LEFORT").identifier()).doesNotContain("1990")
                .doesNotContain("HADDAD").doesNotContain("Retravailler").doesNotContain("Échec").doesNotContain("Absent");
    }

    // ---- X6 ----

    @Test
    void X6_validatingTheReportsRecordsTheDeadlinesOfTrainedCandidatesAfterAPartialSuccessOrAFailure() throws Exception {
        LocalDate end = LocalDate.now().minusMonths(6);
        ResultsFixture g = new ResultsFixture(jdbc).session("TITLE", "TRANSMITTED", end.minusDays(3), end);
        g.candidate("LEFORT", null, "Kévin", "TRAINING", null, "SUCCESS", List.of(g.ccp1, g.ccp2));
        g.candidate("HADDAD", "MARTIN", "Yanis", "TRAINING", null, "PARTIAL_SUCCESS", List.of(g.ccp1));
        g.candidate("RIGAUD", null, "Manon", "VAE", null, "FAILURE", List.of());
        g.candidate("BLANC", null, "Julie", "TRAINING", null, "ABSENT", List.of());
        g.candidate("NOËL", null, "Chloé", "TRAINING", null, "FAILURE", List.of());
        g.signedReport();

        gate.validated(g.sessionId, ValidationPath.AUTHORITY_IN_APP, AUTHORITY);

        ResitTracking.ResitPage open = resits.openOfCentre(g.centreId, 0);
        assertThat(open.resits()).extracting(r -> r.row().candidateName()).containsExactly("HADDAD Yanis", "NOËL Chloé");
        assertThat(open.resits()).allMatch(r -> r.row().deadline().equals(end.plusYears(1)));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'results.resitDeadlinesRecorded' and subject_id = :s and rule_id = 'X6'")
                .param("s", String.valueOf(g.sessionId)).query(Long.class).single()).isEqualTo(1);

        String page = ok(get("/sessions/{id}/results", g.sessionId), g.user(accounts, Role.ADMIN, g.centreId));
        assertThat(page).contains("jusqu&#39;au " + end.plusYears(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains("Non concerné").contains("Tableau d&#39;affichage des résultats");
    }

    @Test
    void X6_theResitListIsSoonestFirstWarnsWithinSixtyDaysFlagsExpiredAndClosesAResatDeadline() throws Exception {
        ResultsFixture g = new ResultsFixture(jdbc);
        LocalDate today = LocalDate.now();
        // ended 11 months ago: deadline in about a month (warned); 13 months ago: expired; 2 months ago: open.
        ResultsFixture.Person soon = validated(g, today.minusYears(1).plusDays(20), "SOON", "Alice", "FAILURE", null);
        ResultsFixture.Person expired = validated(g, today.minusYears(1).minusDays(30), "PASSE", "Bruno", "PARTIAL_SUCCESS", null);
        ResultsFixture.Person open = validated(g, today.minusMonths(2), "OUVERT", "Carla", "FAILURE", null);
        UserDetails staff = g.user(accounts, Role.SESSION_MANAGER, g.centreId);

        String page = ok(get("/resits"), staff);
        assertThat(page.indexOf("PASSE Bruno")).isPositive().isLessThan(page.indexOf("SOON Alice"));
        assertThat(page.indexOf("SOON Alice")).isLessThan(page.indexOf("OUVERT Carla"));
        assertThat(page).contains("data-state=\"EXPIRED\"").contains("data-state=\"DUE_SOON\"").contains("data-state=\"OPEN\"")
                .contains("Délai de repassage dépassé depuis le").contains("(X6)").contains("Délai de repassage proche");

        // Carla sits again at a later session of the same title, whose reports are validated: her deadline closes.
        validated(g, today.minusDays(5), null, null, "SUCCESS", open);
        assertThat(resits.openOfCentre(g.centreId, 0).resits()).extracting(r -> r.row().candidateName())
                .containsExactly("PASSE Bruno", "SOON Alice");
        assertThat(ok(get("/resits"), staff)).doesNotContain("OUVERT Carla");
        assertThat(soon.id()).isNotEqualTo(expired.id());

        ResultsFixture other = new ResultsFixture(jdbc);
        assertThat(ok(get("/resits"), other.user(accounts, Role.ADMIN, other.centreId))).doesNotContain("SOON Alice")
                .contains("Aucun délai de repassage ouvert.");
    }

    /** A session of {@code g}'s title that ended on {@code end}, one candidate (new, or {@code again}), validated. */
    private ResultsFixture.Person validated(ResultsFixture g, LocalDate end, String birth, String first, String outcome,
                                           ResultsFixture.Person again) {
        g.candidates.clear();
        g.session("TITLE", "TRANSMITTED", end.minusDays(2), end);
        List<String> codes = switch (outcome) {
            case "SUCCESS" -> List.of(g.ccp1, g.ccp2);
            case "PARTIAL_SUCCESS" -> List.of(g.ccp2);
            default -> List.of();
        };
        ResultsFixture.Person p = again == null
                ? g.candidate(birth, null, first, "TRAINING", null, outcome, codes)
                : g.enrolAndDecide(again, outcome, codes);
        g.signedReport();
        gate.validated(g.sessionId, ValidationPath.AUTHORITY_IN_APP, AUTHORITY);
        return p;
    }

    // ---- helpers ----

    private String ok(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, UserDetails who)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, UserDetails who)
            throws Exception {
        return mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> none() {
        return Map.of();
    }
}
