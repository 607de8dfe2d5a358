package fr.sessiontp.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.evaluation.application.DecideOutcome;
import fr.sessiontp.evaluation.application.EvaluateCandidate;
import fr.sessiontp.evaluation.domain.DeliberationInputs;
import fr.sessiontp.evaluation.domain.JuryAccessPolicy;
import fr.sessiontp.evaluation.domain.OutcomePolicy;
import fr.sessiontp.evaluation.domain.SynthesisGrid;
import fr.sessiontp.people.AccessRoute;
import fr.sessiontp.referential.CertificateKind;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Grids, outcome derivation and confidentiality of the deliberation: D1, D2, D3, D4, D5, D9, J2, X1. */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationTest {

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
    Evaluations evaluations;
    @Autowired
    MockMvc mvc;

    private static SynthesisGrid grid(Boolean... answers) {
        return SynthesisGrid.of(List.of(
                new SynthesisGrid.Block("CP-1", "Bloc 1", List.of(new SynthesisGrid.Line(1, "a", answers[0]),
                        new SynthesisGrid.Line(2, "b", answers[1]))),
                new SynthesisGrid.Block("CP-2", "Bloc 2", List.of(new SynthesisGrid.Line(3, "c", answers[2]),
                        new SynthesisGrid.Line(4, "d", answers[3])))));
    }

    private EvaluationFixtures fixtures() {
        return new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND").receptionComplete(gate, opening, reception);
    }

    private void fill(EvaluationFixtures f, CurrentUser jury, long candidate, boolean... mastered) {
        evaluate.synthesis(jury, f.sessionId, candidate, Map.of(f.competence(0, 0), mastered[0], f.competence(0, 1),
                mastered[1], f.competence(1, 0), mastered[2], f.competence(1, 1), mastered[3]));
    }

    // ---- D3 / D4 / D5: the policy ----

    @Test
    void D4_derivesSuccessPartialSuccessAndFailureFromTheSynthesisGrid() {
        assertThat(OutcomePolicy.derive(SessionType.TITLE, grid(true, true, true, true))).isEqualTo(Outcome.SUCCESS);
        assertThat(OutcomePolicy.derive(SessionType.TITLE, grid(true, true, true, false))).isEqualTo(Outcome.PARTIAL_SUCCESS);
        assertThat(grid(true, true, true, false).awardedCodes()).containsExactly("CP-1");
        assertThat(OutcomePolicy.derive(SessionType.TITLE, grid(true, false, false, true))).isEqualTo(Outcome.FAILURE);
    }

    @Test
    void D4_refusesAnOutcomeInconsistentWithTheGrid() {
        assertThat(OutcomePolicy.confirm(SessionType.TITLE, grid(true, true, true, false), Outcome.SUCCESS, List.of(), "r", false)
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D4);
        assertThat(OutcomePolicy.confirm(SessionType.TITLE, grid(true, true, true, false), Outcome.PARTIAL_SUCCESS, List.of("CP-2"), "r", false)
                .firstRefusal().orElseThrow().code()).isEqualTo("evaluation.refusal.D4.codes");
        assertThat(OutcomePolicy.confirm(SessionType.TITLE, grid(true, true, true, false), Outcome.PARTIAL_SUCCESS, List.of("CP-1"), "r", false)
                .isAllowed()).isTrue();
        assertThat(OutcomePolicy.confirm(SessionType.TITLE, grid(true, true, true, true), Outcome.SUCCESS, List.of(), "", false).isAllowed()).isTrue();
    }

    @Test
    void D3_refusesAnOutcomeBeforeTheGridIsFilledInFull() {
        var decision = OutcomePolicy.confirm(SessionType.TITLE, grid(true, true, null, true), Outcome.PARTIAL_SUCCESS, List.of("CP-1"), "r", false);
        assertThat(decision.firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D3);
        assertThat(decision.firstRefusal().orElseThrow().message()).contains("1 compétence(s) sans réponse");
    }

    @Test
    void D5_requiresRecommendationsForAPartialSuccessOrAFailure() {
        assertThat(OutcomePolicy.confirm(SessionType.TITLE, grid(true, true, false, false), Outcome.PARTIAL_SUCCESS, List.of("CP-1"), " ", false)
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D5);
        assertThat(OutcomePolicy.confirm(SessionType.TITLE, grid(false, true, false, false), Outcome.FAILURE, List.of(), null, false)
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D5);
    }

    // ---- through the use cases ----

    @Test
    void D3_D4_D5_theUseCaseRefusesThenRecordsTheConfirmedOutcome() {
        EvaluationFixtures f = fixtures();
        CurrentUser paul = f.current(Role.JURY, f.juryA);
        long kevin = f.candidates.get(0);
        evaluate.synthesis(paul, f.sessionId, kevin, Map.of(f.competence(0, 0), true));
        assertThatThrownBy(() -> decide.confirm(paul, f.sessionId, kevin, Outcome.FAILURE, List.of(), "", "reco"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D3));
        fill(f, paul, kevin, true, true, false, true);
        assertThatThrownBy(() -> decide.confirm(paul, f.sessionId, kevin, Outcome.SUCCESS, List.of(), "", ""))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D4));
        assertThatThrownBy(() -> decide.confirm(paul, f.sessionId, kevin, Outcome.PARTIAL_SUCCESS,
                List.of(f.ccpCodes.get(0)), "", ""))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D5));
        decide.confirm(paul, f.sessionId, kevin, Outcome.PARTIAL_SUCCESS, List.of(f.ccpCodes.get(0)), "Bonne pratique",
                "Reprendre le bloc 2");
        CandidateOutcome outcome = evaluations.outcome(f.sessionId, kevin).orElseThrow();
        assertThat(outcome.outcome()).isEqualTo(Outcome.PARTIAL_SUCCESS);
        assertThat(outcome.awardedCodes()).containsExactly(f.ccpCodes.get(0));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'evaluation.outcomeConfirmed' and subject_id = :c")
                .param("c", String.valueOf(kevin)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void J2_onlyTheCandidatesPairEntersTheGrids() {
        assertThat(JuryAccessPolicy.mayEnterGrids(5L, List.of(5L, 6L)).isAllowed()).isTrue();
        assertThat(JuryAccessPolicy.mayEnterGrids(7L, List.of(5L, 6L)).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.J2);
        EvaluationFixtures f = fixtures();
        CurrentUser isabelle = f.current(Role.JURY, f.juryC); // pair 2, not Kévin's
        assertThatThrownBy(() -> evaluate.synthesis(isabelle, f.sessionId, f.candidates.get(0), Map.of(f.competence(0, 0), true)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.J2));
        CurrentUser sophie = f.current(Role.JURY, f.juryB);
        evaluate.observations(sophie, f.sessionId, f.candidates.get(0), Map.of("MSP", "Diagnostic méthodique", "EF", "Clair"));
        evaluate.finalInterview(sophie, f.sessionId, f.candidates.get(0),
                new fr.sessiontp.evaluation.persistence.EvaluationRepository.FinalInterviewRow("Projet", "Culture", "Favorable"));
        assertThat(jdbc.sql("select count(*) from eval_observation where session_id = :s").param("s", f.sessionId)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void J2_theJuryFillsTheGridsOnTheDeliberationPage() throws Exception {
        EvaluationFixtures f = fixtures();
        var paul = f.user(Role.JURY, f.juryA);
        long kevin = f.candidates.get(0);
        String base = "/sessions/" + f.sessionId + "/deliberation/" + kevin;
        String page = mvc.perform(get(base).with(user(paul))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Grilles d&#39;observation des épreuves").contains("Mise en situation professionnelle")
                .contains("Grille de l&#39;entretien final").contains("Grille de synthèse des évaluations")
                .contains("Compétence 2.2");
        mvc.perform(post(base + "/synthesis").with(user(paul)).with(csrf())
                .param("c-" + f.competence(0, 0), "true").param("c-" + f.competence(0, 1), "true")
                .param("c-" + f.competence(1, 0), "true").param("c-" + f.competence(1, 1), "true"));
        String refused = mvc.perform(post(base + "/outcome").with(user(paul)).with(csrf()).param("outcome", "FAILURE")
                .param("recommendations", "Texte saisi")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("ne correspond pas à la grille de synthèse").contains("(D4)").contains("Texte saisi");
        var done = mvc.perform(post(base + "/outcome").with(user(paul)).with(csrf()).param("outcome", "SUCCESS"))
                .andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(evaluations.outcome(f.sessionId, kevin).orElseThrow().awardedCodes()).containsExactlyElementsOf(f.ccpCodes);
    }

    // ---- J1: no evaluation before the jury reception is complete (conduct module) ----

    @Test
    void J1_noEvaluationBeforeTheJuryReceptionIsComplete() throws Exception {
        EvaluationFixtures f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND");
        CurrentUser paul = f.current(Role.JURY, f.juryA);
        long kevin = f.candidates.get(0);
        assertThatThrownBy(() -> fill(f, paul, kevin, true, true, true, true))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.J1));
        assertThatThrownBy(() -> decide.confirm(paul, f.sessionId, kevin, Outcome.ABSENT, List.of(), "", ""))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.J1));
        // the page: a French message with the rule ID, what was typed kept, nothing saved
        String base = "/sessions/" + f.sessionId + "/deliberation/" + kevin;
        var response = mvc.perform(post(base + "/outcome").with(user(f.user(Role.JURY, f.juryA))).with(csrf())
                .param("outcome", "FAILURE").param("recommendations", "Texte gardé")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("L&#39;accueil du jury n&#39;est pas terminé").contains("(J1)").contains("Texte gardé");
        assertThat(jdbc.sql("select count(*) from eval_synthesis where session_id = :s").param("s", f.sessionId)
                .query(Long.class).single()).isZero();

        f.receptionComplete(gate, opening, reception);
        fill(f, paul, kevin, true, true, true, true);
        decide.confirm(paul, f.sessionId, kevin, Outcome.SUCCESS, f.ccpCodes, "", "");
        assertThat(evaluations.outcome(f.sessionId, kevin)).isPresent();
    }

    // ---- lifecycle: the first outcome starts the deliberation ----

    @Test
    void theFirstOutcomeMovesTheSessionFromEpreuvesInProgressToDeliberation() {
        EvaluationFixtures f = fixtures();
        CurrentUser jury = f.current(Role.JURY, f.juryA);
        fill(f, jury, f.candidates.get(0), true, true, true, true);
        assertThat(statusOf(f.sessionId)).isEqualTo(fr.sessiontp.session.SessionStatus.IN_PROGRESS);
        decide.confirm(jury, f.sessionId, f.candidates.get(0), Outcome.SUCCESS, f.ccpCodes, "", "");
        assertThat(statusOf(f.sessionId)).isEqualTo(fr.sessiontp.session.SessionStatus.DELIBERATION);
        fill(f, jury, f.candidates.get(1), true, true, true, true);
        decide.confirm(jury, f.sessionId, f.candidates.get(1), Outcome.SUCCESS, f.ccpCodes, "", "");
        assertThat(statusOf(f.sessionId)).isEqualTo(fr.sessiontp.session.SessionStatus.DELIBERATION);
    }

    // ---- the lifecycle's gates (issue 13) ----

    @Test
    void D3_noGridNorOutcomeWhileTheSessionIsOnlyOpened() throws Exception {
        EvaluationFixtures f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND")
                .receptionOnly(gate, opening, reception);
        CurrentUser paul = f.current(Role.JURY, f.juryA);
        long kevin = f.candidates.get(0);
        assertThatThrownBy(() -> fill(f, paul, kevin, true, true, true, true))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D3));
        assertThatThrownBy(() -> decide.confirm(paul, f.sessionId, kevin, Outcome.ABSENT, List.of(), "", ""))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D4));
        var response = mvc.perform(post("/sessions/" + f.sessionId + "/deliberation/" + kevin + "/outcome")
                .with(user(f.user(Role.JURY, f.juryA))).with(csrf()).param("outcome", "FAILURE")
                .param("recommendations", "Texte gardé")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("(D4)").contains("Texte gardé");
        assertThat(jdbc.sql("select count(*) from eval_synthesis where session_id = :s").param("s", f.sessionId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void D4_theOutcomeIsDecidedOnTheLastDayOrAfter() {
        EvaluationFixtures f = fixtures();
        CurrentUser paul = f.current(Role.JURY, f.juryA);
        long kevin = f.candidates.get(0);
        fr.sessiontp.TestClock.setDay(EvaluationFixtures.START);
        fill(f, paul, kevin, true, true, true, true);
        assertThatThrownBy(() -> decide.confirm(paul, f.sessionId, kevin, Outcome.SUCCESS, f.ccpCodes, "", ""))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D4));
        fr.sessiontp.TestClock.setDay(EvaluationFixtures.END);
        decide.confirm(paul, f.sessionId, kevin, Outcome.SUCCESS, f.ccpCodes, "", "");
        assertThat(evaluations.outcome(f.sessionId, kevin)).isPresent();
    }

    private fr.sessiontp.session.SessionStatus statusOf(long sessionId) {
        return sessions.session(sessionId).orElseThrow().summary().status();
    }

    // ---- D1 / D9: confidentiality ----

    @Test
    void D1_deliberationDataIsVisibleOnlyToTheSessionsJury() throws Exception {
        assertThat(JuryAccessPolicy.mayDeliberate(9L, List.of(1L, 2L)).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D1);
        EvaluationFixtures f = fixtures();
        EvaluationFixtures other = fixtures();
        String list = "/sessions/" + f.sessionId + "/deliberation";
        assertThat(mvc.perform(get(list).with(user(f.user(Role.JURY, f.juryC)))).andReturn().getResponse().getStatus()).isEqualTo(200);
        // a jury member of another session: 404, as if it did not exist
        assertThat(mvc.perform(get(list).with(user(other.user(Role.JURY, other.juryA)))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(list + "/" + f.candidates.get(0)).with(user(other.user(Role.JURY, other.juryA))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        // the responsable, the centre's staff, proctors, trainers and the authority: refused
        assertThat(mvc.perform(get(list).with(user(f.user(Role.SESSION_MANAGER, f.managerId)))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        for (Role role : List.of(Role.ADMIN, Role.PROCTOR, Role.TRAINER, Role.AUTHORITY)) {
            assertThat(mvc.perform(get(list + "/" + f.candidates.get(0)).with(user(f.user(role, null)))).andReturn()
                    .getResponse().getStatus()).as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void D9_noRouteGivesACandidateOrAnyoneButTheJuryAResult() throws Exception {
        EvaluationFixtures f = fixtures();
        for (Role role : List.of(Role.PROCTOR, Role.TRAINER, Role.AUTHORITY, Role.SESSION_MANAGER, Role.ADMIN)) {
            var response = mvc.perform(post("/sessions/" + f.sessionId + "/deliberation/" + f.candidates.get(0) + "/outcome")
                    .with(user(f.user(role, null))).with(csrf()).param("outcome", "SUCCESS")).andReturn().getResponse();
            assertThat(response.getStatus()).as(role.name()).isEqualTo(403);
        }
        // there is no candidate role at all: results are notified by the territorial representative only
        assertThat(List.of(Role.values())).extracting(Enum::name).doesNotContain("CANDIDATE");
    }

    // ---- D2 / X1: inputs by session type and access route ----

    @Test
    void X1_theInputsDependOnTheSessionTypeAndTheAccessRoute() {
        DeliberationInputs trained = DeliberationInputs.of(SessionType.TITLE, AccessRoute.TRAINING);
        assertThat(trained.ecf() && trained.msp() && trained.dp() && trained.finalInterview()).isTrue();
        assertThat(DeliberationInputs.of(SessionType.TITLE, AccessRoute.VAE).ecf()).isFalse();
        assertThat(DeliberationInputs.of(SessionType.TITLE, AccessRoute.EQUIVALENCE).ecf()).isFalse();
        assertThat(DeliberationInputs.of(SessionType.CCP, AccessRoute.TRAINING).chooseCertificatesSat()).isTrue();
        assertThat(DeliberationInputs.of(SessionType.CCS, AccessRoute.TRAINING).certificates()).isEqualTo(CertificateKind.CCS);
    }

    @Test
    void X1_D4_aCcpSessionAwardsTheCcpsSatNeverTheTitle() throws Exception {
        EvaluationFixtures f = new EvaluationFixtures(jdbc, accounts, "CCP", "MARCHAND").receptionComplete(gate, opening, reception);
        CurrentUser paul = f.current(Role.JURY, f.juryA);
        long kevin = f.candidates.get(0);
        long firstCcp = jdbc.sql("select id from certificate where code = :c").param("c", f.ccpCodes.get(0)).query(Long.class).single();
        evaluate.certificatesSat(paul, f.sessionId, kevin, java.util.Set.of(firstCcp));
        evaluate.synthesis(paul, f.sessionId, kevin, Map.of(f.competence(0, 0), true, f.competence(0, 1), true));
        // the one CCP sat is mastered: still not the whole title
        assertThatThrownBy(() -> decide.confirm(paul, f.sessionId, kevin, Outcome.SUCCESS, List.of(), "", ""))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.X1));
        assertThat(evaluations.outcome(f.sessionId, kevin)).isEmpty();
        String page = mvc.perform(get("/sessions/" + f.sessionId + "/deliberation/" + kevin).with(user(f.user(Role.JURY, f.juryA))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("La grille de synthèse conduit à : Réussite partielle au titre de la session " + f.ccpCodes.get(0));
        decide.confirm(paul, f.sessionId, kevin, Outcome.PARTIAL_SUCCESS, List.of(f.ccpCodes.get(0)), "",
                "Présenter le second CCP du titre");
        CandidateOutcome outcome = evaluations.outcome(f.sessionId, kevin).orElseThrow();
        assertThat(outcome.outcome()).isEqualTo(Outcome.PARTIAL_SUCCESS);
        assertThat(outcome.awardedCodes()).containsExactly(f.ccpCodes.get(0));
    }

    @Test
    void X1_D4_theOutcomeDependsOnTheSessionType() {
        SynthesisGrid allMastered = grid(true, true, true, true);
        assertThat(OutcomePolicy.derive(SessionType.TITLE, allMastered)).isEqualTo(Outcome.SUCCESS);
        // a CCP session awards certificates, never the title, even when every CCP sat is mastered
        assertThat(OutcomePolicy.derive(SessionType.CCP, allMastered)).isEqualTo(Outcome.PARTIAL_SUCCESS);
        assertThat(OutcomePolicy.confirm(SessionType.CCP, allMastered, Outcome.SUCCESS, List.of(), "r", false)
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.X1);
        assertThat(OutcomePolicy.confirm(SessionType.CCP, allMastered, Outcome.PARTIAL_SUCCESS, List.of("CP-1", "CP-2"),
                "r", false).isAllowed()).isTrue();
        assertThat(OutcomePolicy.confirm(SessionType.CCP, allMastered, Outcome.PARTIAL_SUCCESS, List.of("CP-1"),
                "r", false).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D4);
        assertThat(OutcomePolicy.derive(SessionType.CCP, grid(false, true, false, false))).isEqualTo(Outcome.FAILURE);
        // a CCS session awards the CCS: Réussite with its code, or Échec
        SynthesisGrid ccs = SynthesisGrid.of(List.of(new SynthesisGrid.Block("CS-1", "Spécialisation",
                List.of(new SynthesisGrid.Line(9, "s", true)))));
        assertThat(OutcomePolicy.derive(SessionType.CCS, ccs)).isEqualTo(Outcome.SUCCESS);
        assertThat(OutcomePolicy.awardedCodes(Outcome.SUCCESS, ccs)).containsExactly("CS-1");
        assertThat(OutcomePolicy.confirm(SessionType.CCS, ccs, Outcome.PARTIAL_SUCCESS, List.of("CS-1"), "r", false)
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D4);
    }

    // ---- O2: presence comes from the exam day's record ----

    @Test
    void O2_aCandidateRecordedAbsentIsAbsentWithoutAnyoneTypingIt() throws Exception {
        assertThat(OutcomePolicy.confirm(SessionType.TITLE, grid(true, true, true, true), Outcome.SUCCESS, List.of(), "",
                true).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.O2);
        assertThat(OutcomePolicy.confirm(SessionType.TITLE, grid(null, null, null, null), Outcome.ABSENT, List.of(), "",
                false).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.O2);
        EvaluationFixtures f = fixtures();
        CurrentUser paul = f.current(Role.JURY, f.juryA);
        long kevin = f.candidates.get(0);
        long yanis = f.candidates.get(1);
        opening.markAbsent(f.sessionId, yanis);
        // the outcome is Absent before the jury does anything, with who recorded the absence
        CandidateOutcome absent = evaluations.outcome(f.sessionId, yanis).orElseThrow();
        assertThat(absent.outcome()).isEqualTo(Outcome.ABSENT);
        assertThat(absent.awardedCodes()).isEmpty();
        assertThat(absent.absenceNote()).startsWith("candidat(e) enregistré(e) absent(e) le jour de l'examen par ");
        // any other outcome is refused with the rule ID, even with a full grid
        fill(f, paul, yanis, true, true, true, true);
        assertThatThrownBy(() -> decide.confirm(paul, f.sessionId, yanis, Outcome.SUCCESS, List.of(), "", ""))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.O2));
        assertThat(evaluations.outcome(f.sessionId, yanis).orElseThrow().outcome()).isEqualTo(Outcome.ABSENT);
        // nobody types « Absent » for a candidate the responsable did not record absent
        assertThatThrownBy(() -> decide.confirm(paul, f.sessionId, kevin, Outcome.ABSENT, List.of(), "", ""))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.O2));
        // the page shows the record and offers no other outcome
        var jury = f.user(Role.JURY, f.juryA);
        String base = "/sessions/" + f.sessionId + "/deliberation/" + yanis;
        String page = mvc.perform(get(base).with(user(jury))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Absence enregistrée le jour de l&#39;examen (O2)").contains("id=\"absence-record\"")
                .doesNotContain("id=\"outcome-SUCCESS\"").doesNotContain("id=\"confirm-outcome\"")
                .doesNotContain("name=\"absenceNote\"");
        String refused = mvc.perform(post(base + "/outcome").with(user(jury)).with(csrf()).param("outcome", "SUCCESS"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("enregistré absent le jour de l&#39;examen").contains("(O2)");
        String list = mvc.perform(get("/sessions/" + f.sessionId + "/deliberation").with(user(jury))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Absent");
    }

    @Test
    void D2_theDeliberationPageShowsTheInputsThatApply() throws Exception {
        EvaluationFixtures f = fixtures();
        var isabelle = f.user(Role.JURY, f.juryC);
        String vae = mvc.perform(get("/sessions/" + f.sessionId + "/deliberation/" + f.candidates.get(2)).with(user(isabelle)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(vae).contains("Pas de livret ECF").contains("Dossier professionnel (DP)")
                .contains("Résultats de la mise en situation professionnelle").contains("Conclusions de l&#39;entretien final");
        mvc.perform(post("/sessions/" + f.sessionId + "/deliberation/" + f.candidates.get(2) + "/inputs").with(user(isabelle))
                .with(csrf()).param("msp", "MSP réussie").param("dp", "DP complet").param("ecf", "ignoré"));
        assertThat(jdbc.sql("select ecf_results || '|' || msp_results || '|' || dp_notes from eval_deliberation where session_id = :s")
                .param("s", f.sessionId).query(String.class).single()).isEqualTo("|MSP réussie|DP complet");
    }
}
