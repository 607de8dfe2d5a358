package fr.sessiontp.conduct;

import fr.sessiontp.documents.DocumentGallery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.centre.Centres;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.conduct.application.InformationSheets;
import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.application.OpeningDay;
import fr.sessiontp.conduct.application.RecordIncident;
import fr.sessiontp.conduct.application.SiteStaff;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.conduct.persistence.ConductRepository.InformationSheet;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionWriter;
import fr.sessiontp.planning.Deroules;
import fr.sessiontp.planning.application.ProblemBuilder;
import fr.sessiontp.planning.application.ProblemJson;
import fr.sessiontp.planning.persistence.DerouleRepository;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionFixture;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionGate;
import fr.sessiontp.session.Sessions;
import fr.sessiontp.TestClock;
import java.time.LocalTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The exam days through the use cases, the {@link Conduct} facade and the on-site page. */
@SpringBootTest
@AutoConfigureMockMvc
class ConductUseCasesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Referential referential;
    @Autowired
    Centres centres;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Sessions sessions;
    @Autowired
    Conduct conduct;
    @Autowired
    OpeningDay opening;
    @Autowired
    SiteStaff staff;
    @Autowired
    JuryReception reception;
    @Autowired
    RecordIncident incidents;
    @Autowired
    InformationSheets sheets;
    @Autowired
    SessionGate gate;
    @Autowired
    MockMvc mvc;
    @Autowired
    ProblemBuilder problemBuilder;
    @Autowired
    DerouleRepository deroules;
    @Autowired
    Deroules deroulesApi;

    /** One title, centre and responsables for the whole class (the fixture is slow to build); a new session per test. */
    static SessionFixture f;
    static final java.util.concurrent.atomic.AtomicInteger SESSIONS = new java.util.concurrent.atomic.AtomicInteger();
    long id;
    long juryA;
    long juryB;
    long pair;
    long trainer;
    long kevin;
    long yanis;
    long proctor;

    @BeforeEach
    void world() {
        if (f == null) {
            f = new SessionFixture(jdbc, referential, centres, accounts).build();
        }
        TestClock.setDay(SessionFixture.START);
        jdbc.sql("update title set requires_outfit = false, trainer_allowed_on_platform = false where id = :t")
                .param("t", f.titleId).update();
        id = sessions.createSession(f.centreId, f.details(f.number("CD" + SESSIONS.incrementAndGet())));
        juryA = f.habilitatedJuryMember("Garnier", "Paul");
        juryB = f.habilitatedJuryMember("Lemaire", "Sophie");
        pair = sessions.formJuryPair(id, juryA, juryB);
        trainer = f.trainer("Benali", "Nadia");
        kevin = candidate("Lefort", "Kévin", trainer);
        yanis = candidate("Haddad", "Yanis", trainer);
        sessions.enrolCandidate(id, kevin);
        sessions.enrolCandidate(id, yanis);
        sessions.assignCandidateToPair(id, kevin, pair);
        sessions.assignCandidateToPair(id, yanis, pair);
        proctor = f.proctor("Dubois", "Marc", null, null);
        sessions.assignProctor(id, proctor);
        gate.convene(id);
    }

    long candidate(String last, String first, long trainerId) {
        return jdbc.sql("""
                        insert into candidate (centre_id, identifier, birth_name, first_names, access_route, trainer_id)
                        values (:c, :id, :l, :f, 'TRAINING', :t) returning id""")
                .param("c", f.centreId).param("id", "K" + System.nanoTime()).param("l", last).param("f", first)
                .param("t", trainerId).query(Long.class).single();
    }

    static final OpeningDay.IdentityChecks NO_CHECKS = OpeningDay.IdentityChecks.none();
    static final OpeningDay.IdentityChecks CHECKED = new OpeningDay.IdentityChecks(true, true, false);

    void openAndCheckIn() {
        opening.open(id);
        opening.checkIn(id, kevin, true, true, false);
    }

    static void refusedWith(RuleId rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).refusals().get(0).rule()).isEqualTo(rule));
    }

    long audited(String action, RuleId rule) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and coalesce(rule_id, '') = :r"
                        + " and ((subject_type = 'session' and subject_id = :s)"
                        + " or (subject_type = 'candidate' and subject_id in (:c1, :c2)))")
                .param("a", action).param("r", rule.name()).param("s", String.valueOf(id))
                .param("c1", String.valueOf(kevin)).param("c2", String.valueOf(yanis))
                .query(Long.class).single();
    }

    SessionStatus statusOf() {
        return sessions.session(id).orElseThrow().summary().status();
    }

    UserDetails manager() {
        return f.user(Role.SESSION_MANAGER, f.centreId, f.managerId, null);
    }

    // ---- opening ----

    @Test
    void S2_openingFromTheConductPageIsRefusedWithoutTwoHabilitatedMembers() throws Exception {
        long other = sessions.createSession(f.centreId, f.details(f.number("CE" + SESSIONS.incrementAndGet())));
        gate.convene(other);
        refusedWith(RuleId.S2, () -> opening.open(other));
        mvc.perform(post("/sessions/" + other + "/conduct/open").with(csrf()).with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("(S2)")));
        opening.open(id);
        assertThat(statusOf()).isEqualTo(SessionStatus.OPENED);
    }

    @Test
    void O1_checkInRefusedWithoutConvocationOrIdentityThenRecordedAndAudited() {
        opening.open(id);
        refusedWith(RuleId.O1, () -> opening.checkIn(id, kevin, false, true, false));
        refusedWith(RuleId.O1, () -> opening.checkIn(id, kevin, true, false, false));
        opening.checkIn(id, kevin, true, true, false);
        assertThat(audited("conduct.candidate.checkedIn", RuleId.O1)).isEqualTo(1);
    }

    @Test
    void O1_theOutfitIsCheckedWhenTheTitleRequiresIt() throws Exception {
        jdbc.sql("update title set requires_outfit = true where id = :t").param("t", f.titleId).update();
        opening.open(id);
        refusedWith(RuleId.O1, () -> opening.checkIn(id, kevin, true, true, false));
        mvc.perform(post("/sessions/" + id + "/conduct/checkins/" + kevin).param("convocation", "true")
                        .param("identity", "true").with(csrf()).with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("tenue professionnelle")))
                .andExpect(content().string(containsString("(O1)")));
        opening.checkIn(id, kevin, true, true, true);
    }

    @Test
    void O1_aLateAdmittedCandidateGoesThroughTheIdentityChecksLikeTheOthers() throws Exception {
        openAndCheckIn();
        opening.markAbsent(id, yanis);
        // admitted late without the O1 checks: refused with the rule ID, nothing recorded, still absent
        refusedWith(RuleId.O1, () -> opening.recordLateArrival(id, yanis, "MSP", LocalTime.of(8, 50),
                LocalTime.of(11, 30), null, true, NO_CHECKS));
        refusedWith(RuleId.O1, () -> opening.recordLateArrival(id, yanis, "MSP", LocalTime.of(8, 50),
                LocalTime.of(11, 30), null, true, new OpeningDay.IdentityChecks(true, false, false)));
        mvc.perform(post("/sessions/" + id + "/conduct/late").param("candidateId", String.valueOf(yanis))
                        .param("epreuveCode", "MSP").param("arrivedAt", "08:50").param("plannedEnd", "11:30")
                        .param("admitted", "true").param("convocation", "true").with(csrf()).with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("(O1)")));
        assertThat(jdbc.sql("select count(*) from conduct_late_arrival where session_id = :s").param("s", id)
                .query(Long.class).single()).isZero();
        assertThat(conduct.absentCandidateIds(id)).containsExactly(yanis);
        // checked: admitted and recorded present, the absence no longer stands
        mvc.perform(post("/sessions/" + id + "/conduct/late").param("candidateId", String.valueOf(yanis))
                        .param("epreuveCode", "MSP").param("arrivedAt", "08:50").param("plannedEnd", "11:30")
                        .param("admitted", "true").param("convocation", "true").param("identity", "true")
                        .with(csrf()).with(user(manager())))
                .andExpect(status().is3xxRedirection());
        assertThat(conduct.absentCandidateIds(id)).isEmpty();
        assertThat(conduct.absence(id, yanis)).isEmpty();
        assertThat(audited("conduct.late.admitted", RuleId.O6)).isEqualTo(1);
        // a candidate already checked in is not checked twice
        opening.recordLateArrival(id, kevin, "EF", LocalTime.of(14, 5), LocalTime.of(15, 50), null, true, NO_CHECKS);
    }

    @Test
    void O2_anAbsenceIsRecordedShownToTheJuryAndExposedForThePv() throws Exception {
        openAndCheckIn();
        opening.markAbsent(id, yanis);
        assertThat(conduct.absentCandidateIds(id)).containsExactly(yanis);
        assertThat(audited("conduct.candidate.absent", RuleId.O2)).isEqualTo(1);
        UserDetails jury = f.user(Role.JURY, null, juryA, f.region);
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(jury)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Haddad Yanis")))
                .andExpect(content().string(not(containsString("id=\"envelopes\""))));
        UserDetails otherJury = f.user(Role.JURY, null, f.habilitatedJuryMember("Autre", "Jury"), f.region);
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(otherJury))).andExpect(status().isNotFound());
    }

    @Test
    void O3_theWitnessIsAPresentCandidateAndTheEpreuvesWaitForTheSealedCheck() {
        openAndCheckIn();
        refusedWith(RuleId.O3, () -> opening.checkEnvelopes(id, true, yanis, null));
        refusedWith(RuleId.O3, () -> opening.startEpreuves(id));
        opening.checkEnvelopes(id, true, kevin, "Plis intacts");
        assertThat(audited("conduct.envelopes.sealed", RuleId.O3)).isEqualTo(1);
        reception.confirmNoLink(id, juryA);
        reception.confirmNoLink(id, juryB);
        opening.startEpreuves(id);
        assertThat(statusOf()).isEqualTo(SessionStatus.IN_PROGRESS);
    }

    @Test
    void O3_unsealedEnvelopesCancelTheSessionWithTheRecordAndTheReason() throws Exception {
        openAndCheckIn();
        mvc.perform(post("/sessions/" + id + "/conduct/envelopes").param("sealed", "false")
                        .param("witnessId", String.valueOf(kevin)).param("note", "").with(csrf()).with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("(O3)")));
        assertThat(statusOf()).isEqualTo(SessionStatus.OPENED);
        mvc.perform(post("/sessions/" + id + "/conduct/envelopes").param("sealed", "false")
                        .param("witnessId", String.valueOf(kevin)).param("note", "Le pli jury est décacheté")
                        .with(csrf()).with(user(manager())))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(sessions.statusReason(id).orElseThrow()).contains("Le pli jury est décacheté").contains("Lefort");
        assertThat(audited("conduct.envelopes.unsealed", RuleId.O3)).isEqualTo(1);
        assertThat(audited("session.status.changed", RuleId.O3)).isEqualTo(1);
        assertThatThrownBy(() -> opening.checkIn(id, yanis, true, true, false)).isInstanceOf(InputRejectedException.class);
    }

    @Test
    void O4_theContentIsCheckedAfterTheSealAgainstTheEpreuves() {
        openAndCheckIn();
        refusedWith(RuleId.O4, () -> opening.checkContent(id, true, null));
        opening.checkEnvelopes(id, true, kevin, null);
        refusedWith(RuleId.O4, () -> opening.checkContent(id, false, " "));
        opening.checkContent(id, true, null);
        assertThat(audited("conduct.envelopes.content", RuleId.O4)).isEqualTo(1);
    }

    @Test
    void O5_theDteCandidatGoesToAPresentCandidateAndTheDteJuryToAMember() {
        openAndCheckIn();
        opening.checkEnvelopes(id, true, kevin, null);
        refusedWith(RuleId.O5, () -> opening.handDte(id, "MSP", yanis, null));
        opening.handDte(id, "MSP", kevin, null);
        opening.handDte(id, "EF", null, juryA);
        assertThatThrownBy(() -> opening.handDte(id, "NOPE", kevin, null)).isInstanceOf(InputRejectedException.class);
        assertThat(audited("conduct.dte.handed", RuleId.O5)).isEqualTo(2);
    }

    @Test
    void O6_aLateCandidateIsAdmittedButTheEndTimeDoesNotChange() throws Exception {
        openAndCheckIn();
        refusedWith(RuleId.O6, () -> opening.recordLateArrival(id, yanis, "MSP", LocalTime.of(8, 50),
                LocalTime.of(11, 30), LocalTime.of(11, 50), true, NO_CHECKS));
        mvc.perform(post("/sessions/" + id + "/conduct/late").param("candidateId", String.valueOf(yanis))
                        .param("epreuveCode", "MSP").param("arrivedAt", "08:50").param("plannedEnd", "11:30")
                        .param("endTime", "11:50").param("admitted", "true").with(csrf()).with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("(O6)")))
                .andExpect(content().string(containsString("value=\"11:50\"")));
        opening.recordLateArrival(id, yanis, "MSP", LocalTime.of(8, 50), LocalTime.of(11, 30), null, true, CHECKED);
        opening.recordLateArrival(id, yanis, "EF", LocalTime.of(16, 0), LocalTime.of(15, 50), null, false, NO_CHECKS);
        assertThat(audited("conduct.late.admitted", RuleId.O6)).isEqualTo(1);
        assertThat(audited("conduct.late.refused", RuleId.O6)).isEqualTo(1);
    }

    @Test
    void O7_phoneAndComputerInstructionsAreRecordedAsGiven() throws Exception {
        opening.open(id);
        mvc.perform(post("/sessions/" + id + "/conduct/steps").param("step", "PHONES_INSTRUCTION")
                .with(csrf()).with(user(manager()))).andExpect(status().is3xxRedirection());
        opening.recordStep(id, Step.COMPUTERS_INSTRUCTION);
        assertThat(audited("conduct.step.PHONES_INSTRUCTION", RuleId.O7)).isEqualTo(1);
        assertThat(audited("conduct.step.COMPUTERS_INSTRUCTION", RuleId.O7)).isEqualTo(1);
    }

    @Test
    void O8_anIncompleteInformationSheetIsFlaggedAndCompletedWithAForm() throws Exception {
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Incomplète")));
        mvc.perform(post("/sessions/" + id + "/conduct/candidates/" + kevin + "/sheet").param("address", "3 rue Haute")
                        .param("postalCode", "14A").param("city", "Caen").param("phone", "")
                        .with(csrf()).with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("cinq chiffres")))
                .andExpect(content().string(containsString("3 rue Haute")));
        sheets.complete(id, kevin, new InformationSheet("3 rue Haute", "14000", "Caen", "02 31 00 00 00"));
        assertThat(sheets.sheet(id, kevin).city()).isEqualTo("Caen");
        assertThat(audited("conduct.informationSheet.completed", RuleId.O8)).isEqualTo(1);
    }

    @Test
    void O8_theDayBeforeTheExamIsTheApplicationClocksDay() throws Exception {
        TestClock.setDay(SessionFixture.START.minusDays(1));
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("veille de l")));
        TestClock.setDay(SessionFixture.START.minusDays(3));
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("veille de l"))));
    }

    // ---- the lifecycle's gates on the day (issue 13) ----

    @Test
    void O3_theEpreuvesCannotStartFromTheStatusButtonsWithoutTheSealCheck() throws Exception {
        openAndCheckIn();
        reception.confirmNoLink(id, juryA);
        reception.confirmNoLink(id, juryB);
        mvc.perform(post("/sessions/" + id + "/status").param("target", "IN_PROGRESS").with(csrf())
                        .with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("(O3)")));
        mvc.perform(post("/sessions/" + id + "/conduct/start").with(csrf()).with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("(O3)")));
        assertThat(statusOf()).isEqualTo(SessionStatus.OPENED);
    }

    @Test
    void O5_noDteIsHandedOutBeforeTheSealCheck() throws Exception {
        openAndCheckIn();
        refusedWith(RuleId.O5, () -> opening.handDte(id, "MSP", kevin, null));
        refusedWith(RuleId.O5, () -> opening.handDte(id, "EF", null, juryA));
        mvc.perform(post("/sessions/" + id + "/conduct/dte").param("epreuveCode", "MSP")
                        .param("recipient", "c-" + kevin).with(csrf()).with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("(O5)")));
        assertThat(audited("conduct.dte.handed", RuleId.O5)).isZero();
    }

    @Test
    void S2_theEpreuvesNeedTwoHabilitatedMembersPresentAtTheReception() {
        openAndCheckIn();
        opening.checkEnvelopes(id, true, kevin, null);
        reception.confirmNoLink(id, juryA);
        refusedWith(RuleId.S2, () -> opening.startEpreuves(id));
        assertThat(statusOf()).isEqualTo(SessionStatus.OPENED);
        reception.confirmNoLink(id, juryB);
        opening.startEpreuves(id);
        assertThat(statusOf()).isEqualTo(SessionStatus.IN_PROGRESS);
    }

    @Test
    void O3_theEpreuvesStartOnTheSessionDaysOnly() {
        openAndCheckIn();
        opening.checkEnvelopes(id, true, kevin, null);
        reception.confirmNoLink(id, juryA);
        reception.confirmNoLink(id, juryB);
        TestClock.setDay(SessionFixture.END.plusDays(1));
        refusedWith(RuleId.O3, () -> opening.startEpreuves(id));
    }

    // ---- staff on site ----

    @Test
    void S1_theSubstituteTakesOverWithTheTimeRecorded() {
        opening.open(id);
        long other = f.manager("Autre", "Responsable");
        refusedWith(RuleId.S1, () -> staff.actingManager(id, other, LocalTime.of(13, 0)));
        staff.actingManager(id, f.managerId, LocalTime.of(7, 30));
        staff.actingManager(id, f.substituteId, LocalTime.of(13, 0));
        assertThat(audited("conduct.manager.acting", RuleId.S1)).isEqualTo(2);
    }

    @Test
    void S1_theHandOverRecordsWhoHandsOverToWhomAndWhenAndTheEndOfThePresence() throws Exception {
        opening.open(id);
        refusedWith(RuleId.S1, () -> staff.endPresence(id, LocalTime.of(18, 0)));
        staff.actingManager(id, f.managerId, LocalTime.of(7, 30));
        refusedWith(RuleId.S1, () -> staff.actingManager(id, f.managerId, LocalTime.of(9, 0)));
        refusedWith(RuleId.S1, () -> staff.actingManager(id, f.substituteId, LocalTime.of(7, 0)));
        staff.actingManager(id, f.substituteId, LocalTime.of(13, 0));
        refusedWith(RuleId.S1, () -> staff.endPresence(id, LocalTime.of(12, 0)));
        mvc.perform(post("/sessions/" + id + "/conduct/manager/end").param("untilTime", "18:15").with(csrf())
                .with(user(manager()))).andExpect(status().is3xxRedirection());
        var presences = jdbc.sql("""
                        select manager_id, on_day, from_time, until_time, handed_over_by, recorded_by
                        from conduct_manager_presence where session_id = :s order by id""")
                .param("s", id).query().listOfRows();
        assertThat(presences).hasSize(2);
        assertThat(presences.get(0)).containsEntry("manager_id", f.managerId)
                .containsEntry("from_time", java.sql.Time.valueOf(LocalTime.of(7, 30)))
                .containsEntry("until_time", java.sql.Time.valueOf(LocalTime.of(13, 0)))
                .containsEntry("on_day", java.sql.Date.valueOf(SessionFixture.START));
        assertThat(presences.get(1)).containsEntry("manager_id", f.substituteId)
                .containsEntry("handed_over_by", f.managerId)
                .containsEntry("until_time", java.sql.Time.valueOf(LocalTime.of(18, 15)));
        assertThat(presences.get(1).get("recorded_by")).isNotNull();
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("remis(e) par Martin")))
                .andExpect(content().string(containsString("13:00 à 18:15")));
        assertThat(audited("conduct.manager.ended", RuleId.S1)).isEqualTo(1);
    }

    @Test
    void S6_aProctorsSittingIsRefusedBeforeTheirBriefing() {
        opening.open(id);
        refusedWith(RuleId.S6, () -> staff.startSitting(id, proctor, "MSP"));
        staff.brief(id, proctor);
        staff.startSitting(id, proctor, "MSP");
        assertThat(audited("conduct.sitting.started", RuleId.S6)).isEqualTo(1);
        assertThat(audited("conduct.proctor.briefed", RuleId.S6)).isEqualTo(1);
    }

    @Test
    void S5_theResponsableCannotStartASittingOnTheDay() {
        long managerProctor = f.proctor("Martin", "Claire", null, f.managerId);
        jdbc.sql("insert into session_proctor (session_id, proctor_id) values (:s, :p)")
                .param("s", id).param("p", managerProctor).update();
        opening.open(id);
        staff.brief(id, managerProctor);
        refusedWith(RuleId.S5, () -> staff.startSitting(id, managerProctor, "MSP"));
    }

    @Test
    void S4_aCandidatesTrainerCannotProctorNorBeOnThePlateauOnTheDay() {
        long trainerProctor = f.proctor("Benali", "Nadia", trainer, null);
        jdbc.sql("insert into session_proctor (session_id, proctor_id) values (:s, :p)")
                .param("s", id).param("p", trainerProctor).update();
        opening.open(id);
        staff.brief(id, trainerProctor);
        refusedWith(RuleId.S4, () -> staff.startSitting(id, trainerProctor, "MSP"));
        refusedWith(RuleId.S4, () -> staff.trainerOnPlateau(id, trainer));
        long otherTrainer = f.trainer("Autre", "Formateur");
        staff.trainerOnPlateau(id, otherTrainer);
        jdbc.sql("update title set trainer_allowed_on_platform = true where id = :t").param("t", f.titleId).update();
        staff.trainerOnPlateau(id, trainer);
        assertThat(audited("conduct.plateau.trainer", RuleId.S4)).isEqualTo(2);
    }

    // ---- jury ----

    @Test
    void J1_noEvaluationBeforeTheReceptionIsComplete() throws Exception {
        opening.open(id);
        assertThat(conduct.juryReceptionComplete(id)).isFalse();
        assertThat(conduct.evaluationMayStart(id).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.J1);
        for (Step step : Step.of(RuleId.J1)) {
            reception.recordItem(id, step);
        }
        assertThat(conduct.juryReceptionComplete(id)).isFalse();
        reception.confirmNoLink(id, juryA);
        UserDetails jury = f.user(Role.JURY, null, juryB, f.region);
        mvc.perform(post("/sessions/" + id + "/conduct/jury/" + juryA + "/confirm").with(csrf()).with(user(jury)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sessions/" + id + "/conduct/jury/" + juryB + "/confirm").with(csrf()).with(user(jury)))
                .andExpect(status().is3xxRedirection());
        assertThat(conduct.juryReceptionComplete(id)).isTrue();
        assertThat(audited("conduct.step.REAC_RE_HANDED", RuleId.J1)).isEqualTo(1);
    }

    @Test
    void S3_aJuryMemberWithADeclaredLinkCannotConfirmAtReception() {
        opening.open(id);
        f.link(juryA, kevin, "Ancien collègue");
        refusedWith(RuleId.S3, () -> reception.confirmNoLink(id, juryA));
        reception.confirmNoLink(id, juryB);
    }

    @Test
    void J2_aTopicIsDrawnByLotAmongThoseEnteredAndRecorded() throws Exception {
        opening.open(id);
        refusedWith(RuleId.J2, () -> reception.drawTopic(id, "MSP", "Sujet A"));
        String drawn = reception.drawTopic(id, "MSP", "Sujet A\nSujet B\n\nSujet C");
        assertThat(drawn).isIn("Sujet A", "Sujet B", "Sujet C");
        assertThat(audited("conduct.topic.drawn", RuleId.J2)).isEqualTo(1);
        UserDetails jury = f.user(Role.JURY, null, juryA, f.region);
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(jury)))
                .andExpect(content().string(containsString(drawn)));
    }

    @Test
    void J3_theDurationsAreRemindedAndRecorded() throws Exception {
        opening.open(id);
        assertThatThrownBy(() -> reception.recordItem(id, Step.PHONES_INSTRUCTION)).isInstanceOf(InputRejectedException.class);
        reception.recordItem(id, Step.DURATIONS_REMINDED);
        assertThat(audited("conduct.step.DURATIONS_REMINDED", RuleId.J3)).isEqualTo(1);
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(manager())))
                .andExpect(content().string(containsString("180 min")));
    }

    // ---- incidents ----

    @Test
    void X5_anIncidentIsSignedByWitnessesAttachedToTheCandidateAndListedForThePv() throws Exception {
        openAndCheckIn();
        refusedWith(RuleId.X5, () -> incidents.record(id, kevin, "FRAUD", "Téléphone consulté", "", true));
        refusedWith(RuleId.X5, () -> incidents.record(id, kevin, "FRAUD", "Téléphone consulté", "Dubois Marc", false));
        incidents.record(id, kevin, "FRAUD", "Téléphone consulté pendant le QP", "Dubois Marc", true);
        UserDetails proctorUser = f.user(Role.PROCTOR, f.centreId, proctor, null);
        mvc.perform(post("/sessions/" + id + "/conduct/incidents").param("candidateId", String.valueOf(yanis))
                        .param("kind", "INCIDENT").param("description", "Malaise à 10 h")
                        .param("witnesses", "Dubois Marc, Lefort Kévin").param("witnessesConfirmed", "true")
                        .with(csrf()).with(user(proctorUser)))
                .andExpect(status().is3xxRedirection());
        assertThat(conduct.incidentsOf(id, kevin)).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo("FRAUD"));
        assertThat(conduct.incidentsOf(id, yanis)).singleElement()
                .satisfies(i -> assertThat(i.witnesses()).contains("Lefort Kévin"));
        assertThat(audited("conduct.incident.recorded", RuleId.X5)).isEqualTo(2);
        mvc.perform(post("/sessions/" + id + "/conduct/checkins/" + kevin).param("convocation", "true")
                .param("identity", "true").with(csrf()).with(user(proctorUser))).andExpect(status().isForbidden());
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(proctorUser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Malaise à 10 h")))
                .andExpect(content().string(not(containsString("id=\"envelopes\""))));
        UserDetails otherProctor = f.user(Role.PROCTOR, f.centreId, f.proctor("Autre", "Surveillant", null, null), null);
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(otherProctor))).andExpect(status().isNotFound());
    }

    // ---- attendance sheet and access ----

    @Test
    void theAttendanceSheetIsAPdfOfTheSessionsCandidates() throws Exception {
        openAndCheckIn();
        byte[] pdf = mvc.perform(get("/sessions/" + id + "/conduct/attendance.pdf").with(user(manager())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(manager())))
                .andExpect(content().string(containsString("attendance.pdf?day=" + SessionFixture.END)));
        UserDetails otherCentre = f.user(Role.ADMIN, null, null, null);
        mvc.perform(get("/sessions/" + id + "/conduct/attendance.pdf").with(user(otherCentre)))
                .andExpect(status().isNotFound());
    }

    // ---- with a déroulé (the planning module's stored solution) ----

    /**
     * Stores a déroulé for the test session, in the planning module's format built by its {@link ProblemBuilder}:
     * MSP 08:30–11:30 for Kévin with the proctor, MSP 13:00–16:00 for Yanis before the jury pair.
     */
    String storeDeroule() {
        Problem problem = problemBuilder.build(sessions.session(id).orElseThrow());
        String day = sessions.session(id).orElseThrow().summary().startDate().toString();
        List<Solution.Sitting> sittings = List.of(
                new Solution.Sitting(Solution.SittingType.EPREUVE, "MSP", null, null, day, 8 * 60 + 30, 11 * 60 + 30,
                        "SALLE-A", List.of(ProblemBuilder.candidateId(kevin)), List.of(), "S" + proctor),
                new Solution.Sitting(Solution.SittingType.EPREUVE, "MSP", null, 0, day, 13 * 60, 16 * 60,
                        "SALLE-B", List.of(ProblemBuilder.candidateId(yanis)),
                        List.of(ProblemBuilder.juryId(juryA), ProblemBuilder.juryId(juryB)), null));
        Solution.Metrics metrics = new Solution.Metrics(1, 1, 180, day, 16 * 60, 0);
        Solution solution = new Solution(1, problem.sessionId(), List.of(), sittings, metrics);
        deroules.save(id, null, ProblemJson.write(problem), new SolutionWriter().write(solution), null, true,
                new DerouleRepository.Metrics(1, 1, 180, day, 16 * 60, 0), "", 0L);
        return day;
    }

    @Test
    void O2_eachDaysAttendanceSheetHasTheColumnsOfThatDaysEpreuvesOnly() throws Exception {
        String first = storeDeroule();
        openAndCheckIn();
        String day1 = attendanceText(first, "emargement-du-jour");
        assertThat(day1).contains("Mise en situation professionnelle").doesNotContain("Entretien final")
                .contains("Kévin").contains("Yanis");
        String day2 = attendanceText(SessionFixture.END.toString(), "emargement-du-jour-sans-epreuve");
        assertThat(day2).doesNotContain("Mise en situation professionnelle").doesNotContain("Entretien final")
                .contains("Le déroulé ne prévoit aucune épreuve ce jour").contains("Signature").contains("Kévin");
    }

    private String attendanceText(String day, String galleryName) throws Exception {
        byte[] pdf = mvc.perform(get("/sessions/" + id + "/conduct/attendance.pdf").param("day", day)
                        .with(user(manager()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        DocumentGallery.keep(galleryName, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void O6_withADerouleTheEndTimeIsTheCandidatesSittingEndAndATypedDifferentEndIsRefused() throws Exception {
        storeDeroule();
        openAndCheckIn();
        // the typed planned end differs from the déroulé's 11:30: refused (the end time of the épreuve does not change)
        refusedWith(RuleId.O6, () -> opening.recordLateArrival(id, kevin, "MSP", LocalTime.of(8, 50),
                LocalTime.of(12, 0), null, true, NO_CHECKS));
        mvc.perform(post("/sessions/" + id + "/conduct/late").param("candidateId", String.valueOf(kevin))
                        .param("epreuveCode", "MSP").param("arrivedAt", "08:50").param("plannedEnd", "12:00")
                        .param("admitted", "true").with(csrf()).with(user(manager())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("(O6)")))
                .andExpect(content().string(containsString("11:30")));
        // no planned end typed: the déroulé's end is used, and nobody is admitted after it (Yanis's sitting ends 16:00)
        refusedWith(RuleId.O6, () -> opening.recordLateArrival(id, yanis, "MSP", LocalTime.of(16, 5), null, null,
                true, CHECKED));
        mvc.perform(post("/sessions/" + id + "/conduct/late").param("candidateId", String.valueOf(kevin))
                        .param("epreuveCode", "MSP").param("arrivedAt", "08:50").param("plannedEnd", "")
                        .param("admitted", "true").with(csrf()).with(user(manager())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select planned_end from conduct_late_arrival where session_id = :s and candidate_id = :c")
                .param("s", id).param("c", kevin).query(LocalTime.class).single()).isEqualTo(LocalTime.of(11, 30));
        assertThat(audited("conduct.late.admitted", RuleId.O6)).isEqualTo(1);
    }

    @Test
    void O6_withoutADerouleTheTypedPlannedEndIsTheFallbackAndIsRequired() throws Exception {
        openAndCheckIn();
        assertThat(deroulesApi.sittings(id)).isEmpty();
        assertThatThrownBy(() -> opening.recordLateArrival(id, yanis, "MSP", LocalTime.of(8, 50), null, null, true,
                CHECKED))
                .isInstanceOf(InputRejectedException.class);
        opening.recordLateArrival(id, yanis, "MSP", LocalTime.of(8, 50), LocalTime.of(12, 15), null, true, CHECKED);
        assertThat(jdbc.sql("select planned_end from conduct_late_arrival where session_id = :s and candidate_id = :c")
                .param("s", id).param("c", yanis).query(LocalTime.class).single()).isEqualTo(LocalTime.of(12, 15));
    }

    @Test
    void O2_attendanceSheetPerSittingListsItsCandidates() throws Exception {
        storeDeroule();
        List<Deroules.Sitting> sittings = deroulesApi.sittings(id);
        assertThat(sittings).hasSize(2);
        assertThat(sittings.get(0).candidateIds()).containsExactly(kevin);
        assertThat(sittings.get(0).proctorId()).isEqualTo(proctor);
        assertThat(sittings.get(1).juryMemberIds()).containsExactlyInAnyOrder(juryA, juryB);
        mvc.perform(get("/sessions/" + id + "/conduct").with(user(manager())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/sessions/" + id + "/conduct/sittings/2/attendance.pdf")));
        byte[] pdf = mvc.perform(get("/sessions/" + id + "/conduct/sittings/1/attendance.pdf").with(user(manager())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        DocumentGallery.keep("emargement-par-seance", pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Kévin").contains("08:30").contains("11:30").contains("SALLE-A")
                .contains("Dubois").doesNotContain("Yanis");
        byte[] second = mvc.perform(get("/sessions/" + id + "/conduct/sittings/2/attendance.pdf")
                        .with(user(manager()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(second)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Yanis").contains("13:00").contains("16:00").contains("Garnier")
                .doesNotContain("Kévin");
        mvc.perform(get("/sessions/" + id + "/conduct/sittings/9/attendance.pdf").with(user(manager())))
                .andExpect(status().isNotFound());
    }
}
