package fr.sessiontp.reports;

import fr.sessiontp.documents.DocumentGallery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.application.DecideOutcome;
import fr.sessiontp.evaluation.application.EvaluateCandidate;
import fr.sessiontp.reports.application.ReportView;
import fr.sessiontp.reports.application.Reports;
import fr.sessiontp.centre.AccreditationNamePolicy;
import fr.sessiontp.reports.domain.SignaturePolicy;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Individual and general PVs: content (D10), signatures (D6, D7), countersignature (D8, S7), confidentiality (D1), seal and versions. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {

    @Autowired
    fr.sessiontp.session.SessionGate gate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    fr.sessiontp.session.Sessions sessions;
    @Autowired
    fr.sessiontp.conduct.application.OpeningDay opening;
    @Autowired
    fr.sessiontp.conduct.application.JuryReception reception;
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
    CurrentUser paul;
    CurrentUser sophie;
    CurrentUser isabelle;
    CurrentUser thierry;
    CurrentUser manager;
    long individual;
    byte[] signedIndividual;

    @BeforeAll
    void decideEveryOutcome() {
        f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND").receptionComplete(gate, opening, reception);
        paul = f.current(Role.JURY, f.juryA);
        sophie = f.current(Role.JURY, f.juryB);
        isabelle = f.current(Role.JURY, f.juryC);
        thierry = f.current(Role.JURY, f.juryD);
        manager = f.current(Role.SESSION_MANAGER, f.managerId);
        decide(paul, f.candidates.get(0), true, true, false, true);   // partial: first CCP
        decide(paul, f.candidates.get(1), true, true, true, true);    // success
        decide(isabelle, f.candidates.get(2), false, true, false, false); // failure
        individual = reports.prepare(paul, f.sessionId, ReportKind.INDIVIDUAL, f.candidates.get(0));
    }

    private void decide(CurrentUser jury, long candidate, boolean... m) {
        evaluate.synthesis(jury, f.sessionId, candidate, Map.of(f.competence(0, 0), m[0], f.competence(0, 1), m[1],
                f.competence(1, 0), m[2], f.competence(1, 1), m[3]));
        boolean all = m[0] && m[1] && m[2] && m[3];
        boolean first = m[0] && m[1];
        boolean second = m[2] && m[3];
        Outcome outcome = all ? Outcome.SUCCESS : first || second ? Outcome.PARTIAL_SUCCESS : Outcome.FAILURE;
        List<String> codes = outcome == Outcome.PARTIAL_SUCCESS ? List.of(first ? f.ccpCodes.get(0) : f.ccpCodes.get(1)) : List.of();
        decide.confirm(jury, f.sessionId, candidate, outcome, codes, "Observation du jury",
                outcome == Outcome.SUCCESS ? "" : "Retravailler le bloc 2");
    }

    private String sha(long versionId) {
        return reports.view(paul, versionId).version().contentSha256();
    }

    // ---- D10: content, PDF/A ----

    @Test
    void D10_theIndividualPvCarriesEveryFieldAndIsPdfA() throws Exception {
        byte[] pdf = reports.pdf(paul, individual);
        String text = PvChecks.text(pdf);
        assertThat(text).contains("PROCÈS-VERBAL INDIVIDUEL RELATIF À UNE SESSION D'EXAMEN")
                .contains("session n° " + f.sessionNumber + " " + f.titleCode)
                .contains("Nom de naissance : LEFORT").contains("Prénom : Kévin").contains("Identifiant :")
                .contains("Centre organisateur de la session :").contains("3 allée des Essais, 14000 Caen")
                .contains("09/03/2026").contains("10/03/2026").contains("Formation").contains("VAE")
                .contains("Réussite partielle au titre de la session").contains(f.ccpCodes.get(0))
                .contains("GARNIER Paul").contains("LEMAIRE Sophie").contains("MARCHAND").contains("Hélène")
                .contains("Observations : Observation du jury").contains("Recommandations : Retravailler le bloc 2")
                .contains("PROJET");
        String html = mvc.perform(get("/reports/" + individual + "/document").with(user(f.user(Role.JURY, f.juryA))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Nom de naissance :").contains("LEFORT").contains("CCP attribués (réussite partielle)");
    }

    @Test
    void D10_theAsteriskOfTheEquivalenceRouteIsExplainedInAFootnote() throws Exception {
        String text = PvChecks.text(reports.pdf(paul, individual)).replaceAll("\\s+", " ");
        assertThat(text).contains("Par équivalence ou correspondance*")
                .contains("* Candidat qui a obtenu une partie du titre (un ou plusieurs CCP) par équivalence ou par "
                        + "correspondance avec une autre certification.");
    }

    @Test
    void D10_theGeneralPvIsLandscapeAndBreaksNoWordNorIdentifier() throws Exception {
        long general = reports.prepare(isabelle, f.sessionId, ReportKind.GENERAL, null);
        byte[] pdf = reports.pdf(isabelle, general);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
        }
        Path file = PvChecks.write("general-layout.pdf", pdf);
        // poppler reads the words as a person would copy them: a word cut across two lines comes out in two pieces
        String text = PvChecks.run(PvChecks.poppler("pdftotext"), "-enc", "UTF-8", file.toString(), "-")
                .replaceAll("\\s+", " ");
        assertThat(text).contains("Identifiant").contains("Absent").contains("Réussite partielle")
                .contains("Observations et recommandations");
        for (long candidate : f.candidates) {
            String identifier = jdbc.sql("select identifier from candidate where id = :id").param("id", candidate)
                    .query(String.class).single();
            assertThat(text).as("identifier %s found whole by a search", identifier).contains(identifier);
        }
    }

    @Test
    void D10_theGeneralPvListsEveryCandidateWithResultAndCcpCodes() throws Exception {
        long general = reports.prepare(isabelle, f.sessionId, ReportKind.GENERAL, null);
        String text = PvChecks.text(reports.pdf(isabelle, general));
        assertThat(text).contains("PROCÈS-VERBAL DE SESSION D'EXAMEN").contains("LEFORT").contains("HADDAD")
                .contains("MARTIN").contains("RIGAUD").contains(f.ccpCodes.get(0)).contains("Binôme 2")
                .contains("RENAUD Isabelle");
        assertThat(reports.view(isabelle, general).requiredJury()).hasSize(4);
    }

    // ---- D6 / D8 / seal / audit: the full individual chain ----

    @Test
    void D6_D8_theIndividualPvIsSignedByItsPairThenCountersignedAndSealed() throws Exception {
        long v = reports.prepare(paul, f.sessionId, ReportKind.INDIVIDUAL, f.candidates.get(1));
        // D6: a member of the other pair cannot sign
        assertThatThrownBy(() -> reports.sign(isabelle, v, true, sha(v)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D6));
        // the act must be confirmed, on the content shown
        assertThatThrownBy(() -> reports.sign(paul, v, false, sha(v))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> reports.sign(paul, v, true, "0".repeat(64))).isInstanceOf(RuleViolationException.class);
        // D8: the responsable countersigns only after the jury
        assertThatThrownBy(() -> reports.sign(manager, v, true, sha(v)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D8));
        reports.sign(paul, v, true, sha(v));
        assertThatThrownBy(() -> reports.sign(paul, v, true, sha(v))).isInstanceOf(RuleViolationException.class);
        reports.sign(sophie, v, true, sha(v));
        var countersignature = reports.sign(manager, v, true, sha(v));
        ReportView view = reports.view(manager, v);
        assertThat(view.state()).isEqualTo("COUNTERSIGNED");

        byte[] pdf = reports.pdf(manager, v);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .isEqualTo(countersignature.sealedSha256());
        String audit = jdbc.sql("select details from audit_entry where action = 'reports.countersigned' and subject_id = :v")
                .param("v", String.valueOf(v)).query(String.class).single();
        assertThat(audit).contains(countersignature.sealedSha256()).contains(view.version().contentSha256());
        String text = PvChecks.text(pdf);
        assertThat(text).contains("signé électroniquement le").contains("Contresigné électroniquement par MARCHAND Hélène")
                .contains("Cachet du centre agréé").doesNotContain("PROJET");
        assertThat(PvChecks.veraPdfFailures(pdf)).isEmpty();
        Path file = PvChecks.write("pv-individuel-signe.pdf", pdf);
        DocumentGallery.keep("pv-individuel", pdf);
        String pdfsig = PvChecks.pdfsig(file);
        assertThat(pdfsig).contains("Signature is Valid.").contains("Total document signed").contains("ETSI.CAdES.detached");
        Path png = PvChecks.pictureOfPageOne(file);
        assertThat(png).exists();
        System.out.printf("reports: individual PV signed %d bytes; veraPDF PDF/A-3u compliant; pdfsig valid%n", pdf.length);
    }

    @Test
    void D6_thePolicyAllowsOnlyThePairThatEvaluated() {
        assertThat(SignaturePolicy.juryMaySign(ReportKind.INDIVIDUAL, 3L, List.of(1L, 2L), List.of(), true, false)
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D6);
        assertThat(SignaturePolicy.juryMaySign(ReportKind.INDIVIDUAL, 1L, List.of(1L, 2L), List.of(), true, false).isAllowed()).isTrue();
    }

    // ---- D7 / D8 / S7: the general PV ----

    @Test
    void D7_theGeneralPvNeedsEveryPairAndD8TheResponsableCountersignsLast() throws Exception {
        assertThat(SignaturePolicy.juryMaySign(ReportKind.GENERAL, 9L, List.of(1L, 2L, 3L, 4L), List.of(), true, false)
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D7);
        assertThat(SignaturePolicy.managerMayCountersign(5L, List.of(5L), List.of(1L, 2L), List.of(1L), true, false)
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D8);
        assertThat(SignaturePolicy.managerMayCountersign(6L, List.of(5L), List.of(1L), List.of(1L), true, false)
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D8);
        long v = reports.prepare(paul, f.sessionId, ReportKind.GENERAL, null);
        for (CurrentUser jury : List.of(paul, sophie, isabelle)) {
            reports.sign(jury, v, true, sha(v));
        }
        assertThatThrownBy(() -> reports.sign(manager, v, true, sha(v)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D8));
        reports.sign(thierry, v, true, sha(v));
        reports.sign(manager, v, true, sha(v));
        // the deliberation ends with the countersignature of the general PV
        assertThat(sessions.session(f.sessionId).orElseThrow().summary().status()).isEqualTo(SessionStatus.REPORTS_SIGNED);
        byte[] pdf = reports.pdf(manager, v);
        Path file = PvChecks.write("pv-general-signe.pdf", pdf);
        DocumentGallery.keep("pv-general", pdf);
        assertThat(PvChecks.veraPdfFailures(pdf)).isEmpty();
        assertThat(PvChecks.pdfsig(file)).contains("Signature is Valid.").contains("Total document signed");
        assertThat(PvChecks.pictureOfPageOne(file)).exists();
        assertThat(PvChecks.text(pdf)).contains("MOREL Thierry").contains("Contresigné électroniquement par MARCHAND Hélène");
        System.out.printf("reports: general PV signed %d bytes%n", pdf.length);
    }

    @Test
    void theCountersignedGeneralPvMovesTheSessionFromDeliberationToReportsSigned() {
        EvaluationFixtures other = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND").receptionComplete(gate, opening, reception);
        CurrentUser a = other.current(Role.JURY, other.juryA);
        CurrentUser b = other.current(Role.JURY, other.juryB);
        CurrentUser c = other.current(Role.JURY, other.juryC);
        CurrentUser d = other.current(Role.JURY, other.juryD);
        for (int i = 0; i < 3; i++) {
            CurrentUser jury = i < 2 ? a : c;
            long candidate = other.candidates.get(i);
            evaluate.synthesis(jury, other.sessionId, candidate, Map.of(other.competence(0, 0), true,
                    other.competence(0, 1), true, other.competence(1, 0), true, other.competence(1, 1), true));
            decide.confirm(jury, other.sessionId, candidate, Outcome.SUCCESS, other.ccpCodes, "", "");
        }
        assertThat(sessions.session(other.sessionId).orElseThrow().summary().status()).isEqualTo(SessionStatus.DELIBERATION);
        long v = reports.prepare(a, other.sessionId, ReportKind.GENERAL, null);
        String contentSha = reports.view(a, v).version().contentSha256();
        for (CurrentUser jury : List.of(a, b, c, d)) {
            reports.sign(jury, v, true, contentSha);
        }
        assertThat(sessions.session(other.sessionId).orElseThrow().summary().status()).isEqualTo(SessionStatus.DELIBERATION);
        reports.sign(other.current(Role.SESSION_MANAGER, other.managerId), v, true, contentSha);
        assertThat(sessions.session(other.sessionId).orElseThrow().summary().status()).isEqualTo(SessionStatus.REPORTS_SIGNED);
    }

    @Test
    void S7_aResponsableWhoseNameDiffersFromTheAccreditationIsWarnedAndTheDreetsEmailIsPrepared() throws Exception {
        assertThat(AccreditationNamePolicy.check("Marchand", "Hélène", "MARCHAND", "Helene").isAllowed()).isTrue();
        assertThat(AccreditationNamePolicy.check("Perrot", "Julien", "MARCHAND", "Hélène").firstRefusal().orElseThrow()
                .rule()).isEqualTo(RuleId.S7);
        EvaluationFixtures other = new EvaluationFixtures(jdbc, accounts, "TITLE", "DURAND").receptionComplete(gate, opening, reception);
        CurrentUser a = other.current(Role.JURY, other.juryA);
        CurrentUser b = other.current(Role.JURY, other.juryB);
        long candidate = other.candidates.get(0);
        evaluate.synthesis(a, other.sessionId, candidate, Map.of(other.competence(0, 0), true, other.competence(0, 1), true,
                other.competence(1, 0), true, other.competence(1, 1), true));
        decide.confirm(a, other.sessionId, candidate, Outcome.SUCCESS, List.of(), "", "");
        long v = reports.prepare(a, other.sessionId, ReportKind.INDIVIDUAL, candidate);
        String contentSha = reports.view(a, v).version().contentSha256();
        reports.sign(a, v, true, contentSha);
        reports.sign(b, v, true, contentSha);
        var responsable = other.user(Role.SESSION_MANAGER, other.managerId);
        String page = mvc.perform(get("/reports/" + v).with(user(responsable))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("n&#39;est pas celui désigné par l&#39;agrément").contains("(S7)").contains("mailto:")
                .contains("Préparer le courriel à la DREETS");
        var response = mvc.perform(post("/reports/" + v + "/sign").with(user(responsable)).with(csrf())
                .param("confirm", "yes").param("contentSha256", contentSha)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'reports.dreetsNoticePrepared' and rule_id = 'S7' and subject_id = :v")
                .param("v", String.valueOf(v)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select dreets_notice from report_signature where report_version_id = :v and signer_kind = 'MANAGER'")
                .param("v", v).query(String.class).single()).contains("DURAND Hélène");
    }

    // ---- D1: confidentiality until the jury has signed ----

    @Test
    void D1_theResponsableSeesAPvOnlyOnceTheJuryHasSignedIt() throws Exception {
        var responsable = f.user(Role.SESSION_MANAGER, f.managerId);
        long v = reports.prepare(isabelle, f.sessionId, ReportKind.INDIVIDUAL, f.candidates.get(2));
        assertThat(mvc.perform(get("/reports/" + v).with(user(responsable))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/reports/" + v + "/pdf").with(user(responsable))).andReturn().getResponse().getStatus()).isEqualTo(404);
        String list = mvc.perform(get("/sessions/" + f.sessionId + "/reports").with(user(responsable))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("/reports/" + v + "\"");
        reports.sign(isabelle, v, true, sha(v));
        reports.sign(thierry, v, true, sha(v));
        assertThat(mvc.perform(get("/reports/" + v).with(user(responsable))).andReturn().getResponse().getStatus()).isEqualTo(200);
        for (Role role : List.of(Role.PROCTOR, Role.TRAINER, Role.AUTHORITY)) {
            assertThat(mvc.perform(get("/reports/" + v + "/pdf").with(user(f.user(role, null)))).andReturn().getResponse()
                    .getStatus()).as(role.name()).isEqualTo(403);
        }
    }

    // ---- immutability and versions ----

    @Test
    void D6_aSignedPvNeverChangesAndACorrectionIsANewVersion() {
        long v1 = reports.prepare(isabelle, f.sessionId, ReportKind.INDIVIDUAL, f.candidates.get(2));
        reports.sign(isabelle, v1, true, sha(v1));
        assertThatThrownBy(() -> jdbc.sql("update report_signature set signer_name = 'X' where report_version_id = :v")
                .param("v", v1).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from report_version where id = :v").param("v", v1).update())
                .hasMessageContaining("append-only");
        long v2 = reports.prepare(isabelle, f.sessionId, ReportKind.INDIVIDUAL, f.candidates.get(2));
        ReportView second = reports.view(isabelle, v2);
        assertThat(second.version().supersedesId()).isEqualTo(v1);
        assertThat(second.version().version()).isEqualTo(reports.view(isabelle, v1).version().version() + 1);
        assertThat(reports.view(isabelle, v1).latest()).isFalse();
        assertThat(reports.view(isabelle, v1).signatures()).hasSize(1);
        assertThatThrownBy(() -> reports.sign(thierry, v1, true, sha(v1))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void D6_aCorrectionMadeLaterSaysSoAndASignatureIsDatedTheDayItIsMade() {
        fr.sessiontp.TestClock.setDay(EvaluationFixtures.END.plusDays(2));
        long v1 = reports.prepare(paul, f.sessionId, ReportKind.INDIVIDUAL, f.candidates.get(1));
        int first = reports.view(paul, v1).version().version();
        long v2 = reports.prepare(paul, f.sessionId, ReportKind.INDIVIDUAL, f.candidates.get(1));
        reports.sign(paul, v2, true, sha(v2));
        assertThat(reports.html(paul, v2)).contains("Correction : version " + (first + 1))
                .contains("établie le 12/03/2026, qui remplace la version " + first).contains("12/03/2026 à");
    }

    @Test
    void D10_aPvCannotBePreparedBeforeEveryOutcomeIsDecided() {
        EvaluationFixtures other = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND").receptionComplete(gate, opening, reception);
        CurrentUser a = other.current(Role.JURY, other.juryA);
        assertThatThrownBy(() -> reports.prepare(a, other.sessionId, ReportKind.GENERAL, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D10));
    }

    // ---- O2 / X5: the exam day on the PVs ----

    @Autowired
    fr.sessiontp.conduct.application.RecordIncident incidents;

    @Test
    void O2_X5_thePvsReadAbsencesAndIncidentsWithTheirWitnessesFromTheExamDay() throws Exception {
        EvaluationFixtures day = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND").receptionComplete(gate, opening, reception);
        CurrentUser a = day.current(Role.JURY, day.juryA);
        long kevin = day.candidates.get(0);
        long yanis = day.candidates.get(1);
        long manon = day.candidates.get(2);
        opening.markAbsent(day.sessionId, manon);
        incidents.record(day.sessionId, kevin, "INCIDENT", "Coupure électrique de dix minutes pendant la MSP",
                "DUBOIS Marc, GARNIER Paul", true);
        incidents.record(day.sessionId, yanis, "FRAUD", "Téléphone consulté pendant l'épreuve écrite",
                "DUBOIS Marc", true);
        for (long candidate : List.of(kevin, yanis)) {
            evaluate.synthesis(a, day.sessionId, candidate, Map.of(day.competence(0, 0), true, day.competence(0, 1), true,
                    day.competence(1, 0), true, day.competence(1, 1), true));
            decide.confirm(a, day.sessionId, candidate, Outcome.SUCCESS, List.of(), "", "");
        }
        // Manon's outcome is Absent from the exam day's record: nobody decided it, the general PV can be prepared
        long general = reports.prepare(a, day.sessionId, ReportKind.GENERAL, null);
        String text = PvChecks.text(reports.pdf(a, general)).replaceAll("\\s+", " ");
        assertThat(text).contains("Absences et incidents consignés le jour de l'examen")
                .contains("RIGAUD Manon").contains("enregistré(e) absent(e) le jour de l'examen par")
                .contains("Coupure électrique de dix minutes pendant la MSP")
                .contains("témoins : DUBOIS Marc, GARNIER Paul")
                .contains("Fraude du").contains("Téléphone consulté pendant l'épreuve écrite").contains("témoins : DUBOIS Marc");
        assertThat(reports.view(a, general).lines()).filteredOn(l -> l.candidateId() == manon)
                .singleElement().satisfies(l -> assertThat(l.outcome()).isEqualTo("ABSENT"));

        long kevinsPv = reports.prepare(a, day.sessionId, ReportKind.INDIVIDUAL, kevin);
        String individualText = PvChecks.text(reports.pdf(a, kevinsPv)).replaceAll("\\s+", " ");
        assertThat(individualText).contains("Incidents et fraudes consignés le jour de l'examen, signés par les témoins")
                .contains("Incident du").contains("Coupure électrique de dix minutes pendant la MSP")
                .contains("témoins : DUBOIS Marc, GARNIER Paul");
        CurrentUser isa = day.current(Role.JURY, day.juryC);
        long manonsPv = reports.prepare(isa, day.sessionId, ReportKind.INDIVIDUAL, manon);
        assertThat(PvChecks.text(reports.pdf(isa, manonsPv)).replaceAll("\\s+", " "))
                .contains("Absence : candidat(e) enregistré(e) absent(e) le jour de l'examen par")
                .contains("Aucun incident consigné le jour de l'examen.");
    }

    // ---- X1 / D4 / D10: a CCP session's PV ----

    @Test
    void X1_D4_D10_aCcpSessionPvNamesTheCcpObtainedAndNeverTheTitle() throws Exception {
        EvaluationFixtures ccp = new EvaluationFixtures(jdbc, accounts, "CCP", "MARCHAND").receptionComplete(gate, opening, reception);
        CurrentUser a = ccp.current(Role.JURY, ccp.juryA);
        long kevin = ccp.candidates.get(0);
        long first = jdbc.sql("select id from certificate where code = :c").param("c", ccp.ccpCodes.get(0))
                .query(Long.class).single();
        evaluate.certificatesSat(a, ccp.sessionId, kevin, java.util.Set.of(first));
        evaluate.synthesis(a, ccp.sessionId, kevin, Map.of(ccp.competence(0, 0), true, ccp.competence(0, 1), true));
        decide.confirm(a, ccp.sessionId, kevin, Outcome.PARTIAL_SUCCESS, List.of(ccp.ccpCodes.get(0)), "",
                "Présenter le second CCP");
        long v = reports.prepare(a, ccp.sessionId, ReportKind.INDIVIDUAL, kevin);
        assertThat(reports.view(a, v).lines().get(0).awardedCodes()).containsExactly(ccp.ccpCodes.get(0));
        String html = mvc.perform(get("/reports/" + v + "/document").with(user(ccp.user(Role.JURY, ccp.juryA))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the CCP obtained is ticked beside its code; the other CCP is not
        assertThat(html.replaceAll("\\s+", " ")).contains("<td class=\"mark\" style=\"width: 6%\">X</td> <td style=\"width: 14%\">"
                + ccp.ccpCodes.get(0) + "</td>").contains("<td class=\"mark\" style=\"width: 6%\"></td> <td style=\"width: 14%\">"
                + ccp.ccpCodes.get(1) + "</td>");
        String text = PvChecks.text(reports.pdf(a, v)).replaceAll("\\s+", " ");
        assertThat(text).contains("Type de session : CCP").contains("la session ne délivre pas le titre")
                .contains(ccp.ccpCodes.get(0));
    }

    @Test
    void X1_D4_D10_aCcsSessionAwardsTheCcsWithItsCode() throws Exception {
        EvaluationFixtures ccs = new EvaluationFixtures(jdbc, accounts, "CCS", "MARCHAND");
        String code = "CS-" + ccs.sessionNumber;
        long certificate = jdbc.sql("""
                        insert into certificate (title_id, kind, code, name, position)
                        values (:t, 'CCS', :c, 'Spécialisation en maintenance prédictive', 3) returning id""")
                .param("t", ccs.titleId).param("c", code).query(Long.class).single();
        long competence = jdbc.sql("insert into competence (certificate_id, label, position) values (:c, 'Analyser les vibrations', 1) returning id")
                .param("c", certificate).query(Long.class).single();
        ccs.receptionComplete(gate, opening, reception);
        CurrentUser a = ccs.current(Role.JURY, ccs.juryA);
        long kevin = ccs.candidates.get(0);
        evaluate.synthesis(a, ccs.sessionId, kevin, Map.of(competence, true));
        // the CCS is not a partial success: it is awarded or not
        assertThatThrownBy(() -> decide.confirm(a, ccs.sessionId, kevin, Outcome.PARTIAL_SUCCESS, List.of(code), "", "r"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D4));
        decide.confirm(a, ccs.sessionId, kevin, Outcome.SUCCESS, List.of(), "", "");
        long v = reports.prepare(a, ccs.sessionId, ReportKind.INDIVIDUAL, kevin);
        assertThat(reports.view(a, v).lines().get(0).awardedCodes()).containsExactly(code);
        String html = mvc.perform(get("/reports/" + v + "/document").with(user(ccs.user(Role.JURY, ccs.juryA))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(html).contains("CCS attribué").contains("<td class=\"mark\" style=\"width: 6%\">X</td> <td style=\"width: 14%\">"
                + code + "</td>").doesNotContain(ccs.ccpCodes.get(0));
        assertThat(PvChecks.text(reports.pdf(a, v)).replaceAll("\\s+", " ")).contains("Type de session : CCS")
                .contains("Spécialisation en maintenance prédictive").contains(code);
    }
}
