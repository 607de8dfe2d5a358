package fr.sessiontp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sessiontp.centre.Centres;
import fr.sessiontp.centre.RoomDetails;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.people.application.DecideJuryProposal;
import fr.sessiontp.people.application.ProposeJuryMember;
import fr.sessiontp.people.application.SaveStaffMember;
import fr.sessiontp.people.domain.JuryMemberInput;
import fr.sessiontp.people.domain.PersonInput;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.referential.TitleReferential;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The use cases of the referential, centre and session modules through their APIs, on the embedded PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionUseCasesTest {

    @Autowired
    SaveStaffMember staff;
    @Autowired
    ProposeJuryMember propose;
    @Autowired
    DecideJuryProposal decide;
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

    SessionFixture f;

    @BeforeEach
    void world() {
        f = new SessionFixture(jdbc, referential, centres, accounts).build();
    }

    static RuleId ruleOf(Throwable e) {
        return ((RuleViolationException) e).refusals().get(0).rule();
    }

    long audited(String action, long sessionId, RuleId rule) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :s"
                        + " and coalesce(rule_id, '') = :r")
                .param("a", action).param("s", String.valueOf(sessionId)).param("r", rule == null ? "" : rule.name())
                .query(Long.class).single();
    }

    // ---- referential and centre ----

    @Test
    void createsATitleWithItsCertificatesEpreuvesAndJuryTasks() {
        TitleReferential title = referential.titleReferential(f.titleId).orElseThrow();
        assertThat(title.title().code()).isEqualTo(f.titleCode);
        assertThat(title.certificates()).hasSize(2);
        assertThat(title.certificates().get(0).competences()).extracting("label")
                .containsExactly("Produire des documents", "Accueillir");
        assertThat(referential.epreuves(f.titleId, SessionType.TITLE)).extracting("code", "minutes")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MSP", 180), org.assertj.core.groups.Tuple.tuple("EF", 20));
        assertThat(referential.epreuves(f.titleId, SessionType.TITLE).get(1).afterEpreuves()).containsExactly("MSP");
        assertThat(referential.juryTasks(f.titleId, SessionType.TITLE)).hasSize(2);
        assertThat(referential.epreuves(f.titleId, SessionType.CCP)).isEmpty();
    }

    @Test
    void refusesATitleWithAMalformedOrTakenCode() {
        assertThatThrownBy(() -> referential.createTitle(SessionFixture.title("TP-1", "Bad", f.n + 5000)))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).fieldErrors()).containsKey("code"));
        assertThatThrownBy(() -> referential.createTitle(SessionFixture.title(f.titleCode, "Again", f.n + 5000)))
                .satisfies(e -> assertThat(((InputRejectedException) e).fieldErrors().get("code")).contains("existe déjà"));
    }

    @Test
    void refusesEpreuvesWithoutDurationOrGroupSizeAndJuryTasksWithoutDuration() {
        fr.sessiontp.referential.NewTitle valid = SessionFixture.title("TP-" + (f.n + 9000), "Autre", f.n + 9000);
        fr.sessiontp.referential.NewTitle bad = new fr.sessiontp.referential.NewTitle(valid.code(), valid.name(),
                valid.reVersion(), valid.validFrom(), valid.validUntil(), false, false, valid.certificates(),
                List.of(new fr.sessiontp.referential.NewTitle.NewEpreuve(SessionType.CCP, "QP", "Questionnaire",
                                "QP", 0, fr.sessiontp.referential.EpreuveGrouping.ALL, null,
                                fr.sessiontp.referential.Presence.SURVEILLANT, "SALLE", null, null),
                        new fr.sessiontp.referential.NewTitle.NewEpreuve(SessionType.CCP, "MSP", "Mise en situation",
                                "MSP", 45, fr.sessiontp.referential.EpreuveGrouping.GROUP, null,
                                fr.sessiontp.referential.Presence.JURY, "ATELIER", null, null)),
                List.of(new fr.sessiontp.referential.NewTitle.NewJuryTask(SessionType.CCP, "DELIB", "Délibération",
                        "DELIBERATION", -5, "JURY", null, null)));
        assertThatThrownBy(() -> referential.createTitle(bad))
                .satisfies(e -> assertThat(((InputRejectedException) e).fieldErrors())
                        .containsKeys("epreuves[0]", "epreuves[1]", "juryTasks[0]")
                        .doesNotContainKey("code"));
        assertThat(referential.titleByCode(valid.code())).isEmpty();
    }

    @Test
    void refusesARoomWithATakenCodeOrNoCapacity() {
        assertThatThrownBy(() -> centres.addRoom(f.centreId, new RoomDetails("s1", "Autre", "SALLE", 0, false)))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).fieldErrors()).containsKeys("code", "capacity"));
    }

    // ---- create and edit ----

    @Test
    void createsAPlannedSessionAndRecordsItInTheAuditTrail() {
        long id = sessions.createSession(f.centreId, f.details(f.number("A")));
        SessionView view = sessions.session(id).orElseThrow();
        assertThat(view.summary().status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(view.summary().titleCode()).isEqualTo(f.titleCode);
        assertThat(view.manager().id()).isEqualTo(f.managerId);
        assertThat(view.substitute().id()).isEqualTo(f.substituteId);
        assertThat(view.staffing().firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.S2);
        assertThat(audited("session.created", id, null)).isEqualTo(1);
    }

    @Test
    void refusesASessionOutsideTheCentresAccreditation() {
        SessionDetails details = new SessionDetails(f.titleId, SessionType.TITLE, f.number("B"),
                LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 2), f.managerId, null);
        assertThatThrownBy(() -> sessions.createSession(f.centreId, details))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).fieldErrors().get("global"))
                        .contains("agrément").contains(f.titleCode));
    }

    @Test
    void refusesMissingFieldsAndATakenNumberFieldByField() {
        sessions.createSession(f.centreId, f.details(f.number("C")));
        SessionDetails bad = new SessionDetails(null, null, f.number("C").toLowerCase(), SessionFixture.END, SessionFixture.START, null, null);
        assertThatThrownBy(() -> sessions.createSession(f.centreId, bad))
                .satisfies(e -> assertThat(((InputRejectedException) e).fieldErrors())
                        .containsKeys("titleId", "type", "number", "endDate", "managerId"));
    }

    @Test
    void X2_editSessionRefusesDatesBeyondAPairedMembersHabilitation() {
        long id = sessions.createSession(f.centreId, f.details(f.number("D")));
        long a = f.juryMember("Bernard", "Alex", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 20));
        long b = f.habilitatedJuryMember("Petit", "Lou");
        sessions.formJuryPair(id, a, b);
        SessionDetails later = new SessionDetails(f.titleId, SessionType.TITLE, f.number("D"), SessionFixture.START,
                LocalDate.of(2027, 3, 25), f.managerId, f.substituteId);
        assertThatThrownBy(() -> sessions.editSession(id, later)).satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.X2));
        assertThat(sessions.session(id).orElseThrow().summary().endDate()).isEqualTo(SessionFixture.END);
    }

    @Test
    void S5_editSessionRefusesNamingAProctorAsSubstitute() {
        long id = sessions.createSession(f.centreId, new SessionDetails(f.titleId, SessionType.TITLE, f.number("E"), SessionFixture.START, SessionFixture.END, f.managerId, null));
        long other = f.manager("Leroy", "Nina");
        long proctor = f.proctor("Leroy", "Nina", null, other);
        sessions.assignProctor(id, proctor);
        SessionDetails named = new SessionDetails(f.titleId, SessionType.TITLE, f.number("E"), SessionFixture.START, SessionFixture.END,
                f.managerId, other);
        assertThatThrownBy(() -> sessions.editSession(id, named)).satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S5));
    }

    // ---- jury pairs ----

    @Test
    void S2_formJuryPairRefusesAMemberWithoutHabilitationAndSameMemberTwice() {
        long id = sessions.createSession(f.centreId, f.details(f.number("F")));
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        long none = f.juryMember("Sans", "Habilitation", null, null);
        assertThatThrownBy(() -> sessions.formJuryPair(id, a, none)).satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S2));
        assertThatThrownBy(() -> sessions.formJuryPair(id, a, a)).satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S2));
        assertThat(sessions.session(id).orElseThrow().juryPairs()).isEmpty();
    }

    @Test
    void S2_X2_aProposedMemberFormsAPairOnlyOnceTheAuthorityOfTheRegionHabilitatesThem() {
        long id = sessions.createSession(f.centreId, f.details(f.number("P")));
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        CurrentUser admin = new CurrentUser(0, "admin-" + f.centreId, "Admin", Role.ADMIN, f.centreId, null, null);
        long proposed = propose.propose(admin, new ProposeJuryMember.ProposalInput("", new JuryMemberInput("Nouveau",
                "Sacha", "sacha." + System.nanoTime() + "@exemple.fr", "Comptable", f.region), String.valueOf(f.titleId), ""));
        assertThatThrownBy(() -> sessions.formJuryPair(id, a, proposed)).satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S2));

        long proposal = jdbc.sql("select id from jury_proposal where jury_member_id = :m").param("m", proposed)
                .query(Long.class).single();
        CurrentUser authority = new CurrentUser(0, "dreets-" + f.centreId, "DREETS", Role.AUTHORITY, null, null, f.region);
        decide.accept(authority, proposal, SessionFixture.START.minusYears(1).toString(), SessionFixture.END.plusYears(3).toString());
        long pair = sessions.formJuryPair(id, a, proposed);
        assertThat(sessions.session(id).orElseThrow().juryPair(pair)).isPresent();
    }

    @Test
    void S2_sessionCanStartOnceTwoHabilitatedMembersFormAPair() {
        long id = sessions.createSession(f.centreId, f.details(f.number("G")));
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        long b = f.habilitatedJuryMember("Petit", "Lou");
        long pair = sessions.formJuryPair(id, a, b);
        SessionView view = sessions.session(id).orElseThrow();
        assertThat(view.staffing().isAllowed()).isTrue();
        assertThat(view.juryPair(pair).orElseThrow().position()).isEqualTo(1);
        assertThat(audited("session.juryPair.formed", id, RuleId.X2)).isEqualTo(1);
        long c = f.habilitatedJuryMember("Roux", "Eden");
        assertThatThrownBy(() -> sessions.formJuryPair(id, c, b)).satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S2));
        sessions.dissolveJuryPair(id, pair);
        assertThat(sessions.session(id).orElseThrow().staffing().isRefused()).isTrue();
    }

    @Test
    void X2_formJuryPairRefusesAHabilitationEndingDuringTheSession() {
        long id = sessions.createSession(f.centreId, f.details(f.number("H")));
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        long b = f.juryMember("Petit", "Lou", LocalDate.of(2026, 1, 1), SessionFixture.END.minusDays(1));
        assertThatThrownBy(() -> sessions.formJuryPair(id, a, b))
                .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.X2))
                .hasMessageContaining("Petit Lou");
    }

    @Test
    void S3_assignCandidateToPairRefusesALinkedMember() {
        long id = sessions.createSession(f.centreId, f.details(f.number("I")));
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        long b = f.habilitatedJuryMember("Petit", "Lou");
        long pair = sessions.formJuryPair(id, a, b);
        long linked = f.candidate("Lefebvre", "Camille", null);
        long free = f.candidate("Moreau", "Jade", null);
        f.link(b, linked, "ancien collègue");
        sessions.enrolCandidate(id, linked);
        sessions.enrolCandidate(id, free);
        assertThatThrownBy(() -> sessions.assignCandidateToPair(id, linked, pair))
                .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S3))
                .hasMessageContaining("Petit Lou").hasMessageContaining("Lefebvre Camille");
        sessions.assignCandidateToPair(id, free, pair);
        assertThat(sessions.session(id).orElseThrow().candidatesOf(pair)).extracting("id").containsExactly(free);
        assertThat(audited("session.candidate.assigned", id, RuleId.S3)).isEqualTo(1);
    }

    // ---- enrolments and proctors ----

    @Test
    void S4_assignProctorRefusesTheTrainerOfAnEnrolledCandidate() {
        long id = sessions.createSession(f.centreId, f.details(f.number("J")));
        long trainer = f.trainer("Roux", "Sam");
        long candidate = f.candidate("Lefebvre", "Camille", trainer);
        sessions.enrolCandidate(id, candidate);
        long proctor = f.proctor("Roux", "Sam", trainer, null);
        assertThatThrownBy(() -> sessions.assignProctor(id, proctor))
                .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S4));
        assertThat(sessions.session(id).orElseThrow().proctors()).isEmpty();
    }

    @Test
    void S4_enrolCandidateRefusesACandidateWhoseTrainerProctors() {
        long id = sessions.createSession(f.centreId, f.details(f.number("K")));
        long trainer = f.trainer("Roux", "Sam");
        long proctor = f.proctor("Roux", "Sam", trainer, null);
        sessions.assignProctor(id, proctor);
        long candidate = f.candidate("Lefebvre", "Camille", trainer);
        assertThatThrownBy(() -> sessions.enrolCandidate(id, candidate))
                .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S4));
        long other = f.candidate("Moreau", "Jade", null);
        sessions.enrolCandidate(id, other);
        assertThat(audited("session.candidate.enrolled", id, RuleId.S4)).isEqualTo(1);
        sessions.withdrawCandidate(id, other);
        assertThat(sessions.session(id).orElseThrow().enrolments()).isEmpty();
    }

    @Test
    void S5_assignProctorRefusesTheResponsableAndTheSubstitute() {
        long id = sessions.createSession(f.centreId, f.details(f.number("L")));
        long asManager = f.proctor("Martin", "Claire", null, f.managerId);
        long asSubstitute = f.proctor("Durand", "Paul", null, f.substituteId);
        assertThatThrownBy(() -> sessions.assignProctor(id, asManager)).satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S5));
        assertThatThrownBy(() -> sessions.assignProctor(id, asSubstitute)).satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S5));
        long proctor = f.proctor("Blanc", "Noé", null, null);
        sessions.assignProctor(id, proctor);
        assertThat(audited("session.proctor.assigned", id, RuleId.S5)).isEqualTo(1);
        sessions.removeProctor(id, proctor);
        assertThat(sessions.session(id).orElseThrow().proctors()).isEmpty();
    }

    // ---- S4 and S5 follow from being the same person (no link typed by hand) ----

    @Test
    void S4_aPersonWhoIsBothTrainerAndProctorCannotProctorTheirOwnCandidate() {
        long id = sessions.createSession(f.centreId, f.details(f.number("T")));
        long trainer = staff.create(StaffKind.TRAINER, f.centreId, "", new PersonInput("Roux", "Sam", ""));
        long person = f.personOf("trainer", trainer);
        long proctor = staff.create(StaffKind.PROCTOR, f.centreId, String.valueOf(person), new PersonInput("", "", ""));
        sessions.enrolCandidate(id, f.candidate("Lefebvre", "Camille", trainer));
        assertThatThrownBy(() -> sessions.assignProctor(id, proctor))
                .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S4));
        // a namesake is another person: allowed
        long namesake = staff.create(StaffKind.PROCTOR, f.centreId, "", new PersonInput("Roux", "Sam", ""));
        sessions.assignProctor(id, namesake);
        assertThat(sessions.session(id).orElseThrow().proctors()).extracting(p -> p.id()).containsExactly(namesake);
    }

    @Test
    void S5_aPersonWhoIsBothTheResponsableAndAProctorCannotProctorTheirSession() {
        long manager = staff.create(StaffKind.SESSION_MANAGER, f.centreId, "", new PersonInput("Blanc", "Noé", ""));
        long proctor = staff.create(StaffKind.PROCTOR, f.centreId, String.valueOf(f.personOf("session_manager", manager)),
                new PersonInput("", "", ""));
        long id = sessions.createSession(f.centreId, new fr.sessiontp.session.SessionDetails(f.titleId,
                SessionType.TITLE, f.number("U"), SessionFixture.START, SessionFixture.END, manager, null));
        assertThatThrownBy(() -> sessions.assignProctor(id, proctor))
                .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S5));
        // and the other way round: the proctor of a session cannot be named its substitute
        long other = sessions.createSession(f.centreId, f.details(f.number("V")));
        sessions.assignProctor(other, proctor);
        assertThatThrownBy(() -> sessions.editSession(other, new fr.sessiontp.session.SessionDetails(f.titleId,
                SessionType.TITLE, f.number("W"), SessionFixture.START, SessionFixture.END, f.managerId, manager)))
                .satisfies(e -> assertThat(ruleOf(e)).isEqualTo(RuleId.S5));
    }

    @Test
    void refusesACandidateOrProctorOfAnotherCentre() {
        long id = sessions.createSession(f.centreId, f.details(f.number("M")));
        SessionFixture other = new SessionFixture(jdbc, referential, centres, accounts).build();
        long foreign = other.candidate("Autre", "Centre", null);
        long foreignProctor = other.proctor("Autre", "Centre", null, null);
        assertThatThrownBy(() -> sessions.enrolCandidate(id, foreign)).isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> sessions.assignProctor(id, foreignProctor)).isInstanceOf(InputRejectedException.class);
    }

    // ---- who sees which session ----

    @Test
    void eachRoleSeesOnlyTheSessionsItTakesPartIn() {
        long id = sessions.createSession(f.centreId, f.details(f.number("N")));
        long hidden = sessions.createSession(f.centreId, f.details(f.number("O")));
        long a = f.habilitatedJuryMember("Bernard", "Alex");
        long b = f.habilitatedJuryMember("Petit", "Lou");
        sessions.formJuryPair(id, a, b);
        long proctor = f.proctor("Blanc", "Noé", null, null);
        sessions.assignProctor(id, proctor);
        long trainer = f.trainer("Roux", "Sam");
        sessions.enrolCandidate(id, f.candidate("Lefebvre", "Camille", trainer));

        assertThat(ids(user(Role.ADMIN, f.centreId, null, null))).containsExactlyInAnyOrder(id, hidden);
        assertThat(ids(user(Role.SESSION_MANAGER, f.centreId, f.managerId, null))).containsExactlyInAnyOrder(id, hidden);
        assertThat(ids(user(Role.JURY, null, a, null))).containsExactly(id);
        assertThat(ids(user(Role.PROCTOR, f.centreId, proctor, null))).containsExactly(id);
        assertThat(ids(user(Role.TRAINER, f.centreId, trainer, null))).containsExactly(id);
        assertThat(ids(user(Role.AUTHORITY, null, null, f.region))).containsExactlyInAnyOrder(id, hidden);
        assertThat(ids(user(Role.AUTHORITY, null, null, "Ailleurs " + f.n))).isEmpty();
        assertThat(ids(user(Role.ADMIN, f.centreId + 100000, null, null))).isEmpty();
        assertThat(sessions.sessionVisibleTo(user(Role.JURY, null, a, null), hidden)).isEmpty();
        assertThat(sessions.countSessionsVisibleTo(user(Role.ADMIN, f.centreId, null, null))).isEqualTo(2);
    }

    static CurrentUser user(Role role, Long centre, Long person, String region) {
        return new CurrentUser(1, "u", "U", role, centre, person, region);
    }

    List<Long> ids(CurrentUser user) {
        return sessions.sessionsVisibleTo(user, 0, 50).stream().map(SessionSummary::id).toList();
    }
}
