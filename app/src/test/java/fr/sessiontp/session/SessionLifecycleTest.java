package fr.sessiontp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.centre.Centres;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.domain.SessionLifecycle;
import fr.sessiontp.session.domain.SessionDay;
import fr.sessiontp.session.domain.SessionPeriod;
import fr.sessiontp.TestClock;
import fr.sessiontp.common.Decision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The session lifecycle: the policy, the use case through {@link Sessions}, and the page. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionLifecycleTest {

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
    SessionGate gate;
    @Autowired
    MockMvc mvc;

    SessionFixture f;
    final SessionLifecycle lifecycle = new SessionLifecycle();

    @BeforeEach
    void world() {
        f = new SessionFixture(jdbc, referential, centres, accounts).build();
        TestClock.setDay(SessionFixture.START);
    }

    /** What the lifecycle knows on {@code today} of a session from START to END with these facts. */
    static SessionDay day(SessionStatus status, LocalDate today, long present, SessionFact... facts) {
        return new SessionDay(status, SessionFixture.START, SessionFixture.END, today, List.of(facts), present);
    }

    static RuleId refusedRule(Decision decision) {
        return decision.firstRefusal().orElseThrow().rule();
    }

    long statusIs(long id, String expected) {
        assertThat(sessions.session(id).orElseThrow().summary().status().name()).isEqualTo(expected);
        return id;
    }

    long audited(long sessionId, RuleId rule) {
        return jdbc.sql("select count(*) from audit_entry where action = 'session.status.changed' and subject_id = :s"
                        + " and coalesce(rule_id, '') = :r")
                .param("s", String.valueOf(sessionId)).param("r", rule == null ? "" : rule.name())
                .query(Long.class).single();
    }

    @Test
    void lifecycleFollowsItsGraphOnly() {
        assertThat(lifecycle.next(SessionStatus.PLANNED)).containsExactly(SessionStatus.CONVENED, SessionStatus.CANCELLED);
        assertThat(lifecycle.isEdge(SessionStatus.PLANNED, SessionStatus.ARCHIVED)).isFalse();
        assertThat(lifecycle.isEdge(SessionStatus.DELIBERATION, SessionStatus.CANCELLED)).isFalse();
        assertThat(lifecycle.next(SessionStatus.ARCHIVED)).isEmpty();
        assertThat(lifecycle.next(SessionStatus.CANCELLED)).isEmpty();
    }

    @Test
    void S2_policyRefusesOpeningWithoutTwoHabilitatedMembers() {
        SessionPeriod period = new SessionPeriod(1, SessionFixture.START, SessionFixture.END);
        SessionDay today = day(SessionStatus.CONVENED, SessionFixture.START, 0);
        var decision = lifecycle.canMove(SessionStatus.CONVENED, SessionStatus.OPENED, List.of(), period, today, null, null);
        assertThat(decision.firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.S2);
        assertThat(lifecycle.canMove(SessionStatus.PLANNED, SessionStatus.CONVENED, List.of(), period, today, null, null)
                .isAllowed()).isTrue();
    }

    @Test
    void O3_policyRefusesAnEnvelopeCancellationWithoutItsReason() {
        SessionPeriod period = new SessionPeriod(1, SessionFixture.START, SessionFixture.END);
        SessionDay today = day(SessionStatus.OPENED, SessionFixture.START, 0);
        assertThat(lifecycle.canMove(SessionStatus.OPENED, SessionStatus.CANCELLED, List.of(), period, today, RuleId.O3, " ")
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.O3);
        assertThat(lifecycle.canMove(SessionStatus.OPENED, SessionStatus.CANCELLED, List.of(), period, today, RuleId.O3,
                "Plis ouverts").isAllowed()).isTrue();
    }

    @Test
    void S2_openingIsRefusedWithoutTwoHabilitatedMembersThenAllowedAndAudited() {
        long id = sessions.createSession(f.centreId, f.details(f.number("LA")));
        gate.convene(id);
        assertThatThrownBy(() -> gate.open(id))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).refusals().get(0).rule()).isEqualTo(RuleId.S2));
        statusIs(id, "CONVENED");
        sessions.formJuryPair(id, f.habilitatedJuryMember("Alpha", "Anne"), f.habilitatedJuryMember("Beta", "Bruno"));
        gate.open(id);
        statusIs(id, "OPENED");
        assertThat(audited(id, RuleId.S2)).isEqualTo(1);
        assertThat(audited(id, null)).isEqualTo(1);
    }

    @Test
    void illegalTransitionIsRefusedWithAFrenchMessage() {
        long id = sessions.createSession(f.centreId, f.details(f.number("LB")));
        assertThatThrownBy(() -> gate.archived(id))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("ne peut pas passer à « Archivée »");
        assertThatThrownBy(() -> gate.cancel(id, null, " "))
                .isInstanceOf(InputRejectedException.class);
        statusIs(id, "PLANNED");
    }

    @Test
    void O3_cancellationForUnsealedEnvelopesRecordsTheReason() {
        long id = sessions.createSession(f.centreId, f.details(f.number("LC")));
        assertThatThrownBy(() -> gate.cancel(id, RuleId.O3, ""))
                .isInstanceOf(RuleViolationException.class);
        gate.cancel(id, RuleId.O3, "Plis décachetés constatés avec un candidat");
        statusIs(id, "CANCELLED");
        assertThat(sessions.statusReason(id)).contains("Plis décachetés constatés avec un candidat");
        assertThat(audited(id, RuleId.O3)).isEqualTo(1);
        assertThatThrownBy(() -> sessions.enrolCandidate(id, f.candidate("Zed", "Zoé", null)))
                .isInstanceOf(InputRejectedException.class);
    }

    @Test
    void S2_theSessionPageShowsTheRefusalToOpen() throws Exception {
        long id = sessions.createSession(f.centreId, f.details(f.number("LD")));
        var admin = f.admin();
        mvc.perform(post("/sessions/" + id + "/status").param("target", "CONVENED").with(csrf()).with(user(admin)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sessions/" + id + "/status").param("target", "OPENED").with(csrf()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(S2)")))
                .andExpect(content().string(containsString("id=\"lifecycle-error\"")));
        mvc.perform(post("/sessions/" + id + "/status").param("target", "BOGUS").with(csrf()).with(user(admin)))
                .andExpect(status().isOk());
        statusIs(id, "CONVENED");
    }

    // ---- the gates of the one lifecycle (issue 13) ----

    @Test
    void O3_epreuvesCannotStartBeforeTheSealCheck() {
        assertThat(refusedRule(lifecycle.canStartEpreuves(day(SessionStatus.OPENED, SessionFixture.START, 2))))
                .isEqualTo(RuleId.O3);
        assertThat(lifecycle.canStartEpreuves(day(SessionStatus.OPENED, SessionFixture.START, 2,
                SessionFact.SEAL_CHECKED)).isAllowed()).isTrue();
        assertThat(lifecycle.manualNext(SessionStatus.OPENED)).doesNotContain(SessionStatus.IN_PROGRESS);
    }

    @Test
    void O3_theStatusButtonsCannotStartTheEpreuves() throws Exception {
        long id = sessions.createSession(f.centreId, f.details(f.number("LE")));
        sessions.formJuryPair(id, f.habilitatedJuryMember("Alpha", "Anne"), f.habilitatedJuryMember("Beta", "Bruno"));
        gate.convene(id);
        gate.open(id);
        mvc.perform(post("/sessions/" + id + "/status").param("target", "IN_PROGRESS").with(csrf()).with(user(f.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("plis vérifiés cachetés")))
                .andExpect(content().string(containsString("(O3)")));
        assertThatThrownBy(() -> gate.startEpreuves(id)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).refusals().get(0).rule()).isEqualTo(RuleId.O3));
        statusIs(id, "OPENED");
    }

    @Test
    void O3_epreuvesBelongToTheSessionDays() {
        SessionFact[] sealed = {SessionFact.SEAL_CHECKED};
        assertThat(refusedRule(lifecycle.canStartEpreuves(day(SessionStatus.OPENED, SessionFixture.START.minusDays(4),
                2, sealed)))).isEqualTo(RuleId.O3);
        assertThat(refusedRule(lifecycle.canStartEpreuves(day(SessionStatus.OPENED, SessionFixture.END.plusDays(1),
                2, sealed)))).isEqualTo(RuleId.O3);
        assertThat(lifecycle.canStartEpreuves(day(SessionStatus.OPENED, SessionFixture.END, 2, sealed)).isAllowed())
                .isTrue();
    }

    @Test
    void O1_theSessionOpensOnlyOnItsDays() {
        long id = sessions.createSession(f.centreId, f.details(f.number("LF")));
        sessions.formJuryPair(id, f.habilitatedJuryMember("Alpha", "Anne"), f.habilitatedJuryMember("Beta", "Bruno"));
        gate.convene(id);
        TestClock.setDay(SessionFixture.START.minusDays(4));
        assertThatThrownBy(() -> gate.open(id)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).refusals().get(0).rule()).isEqualTo(RuleId.O1))
                .hasMessageContaining("du 08/03/2027 au 10/03/2027");
        statusIs(id, "CONVENED");
        TestClock.setDay(SessionFixture.START);
        gate.open(id);
        statusIs(id, "OPENED");
    }

    @Test
    void S2_epreuvesNeedTwoHabilitatedMembersPresentAtTheReception() {
        assertThat(refusedRule(lifecycle.canStartEpreuves(day(SessionStatus.OPENED, SessionFixture.START, 1,
                SessionFact.SEAL_CHECKED)))).isEqualTo(RuleId.S2);
    }

    @Test
    void O5_theDteIsNotHandedOutBeforeTheSealCheck() {
        assertThat(refusedRule(lifecycle.allows(SessionAction.HAND_DTE, day(SessionStatus.OPENED, SessionFixture.START, 2))))
                .isEqualTo(RuleId.O5);
        assertThat(lifecycle.allows(SessionAction.HAND_DTE, day(SessionStatus.OPENED, SessionFixture.START, 2,
                SessionFact.SEAL_CHECKED)).isAllowed()).isTrue();
    }

    @Test
    void D3_gridsWaitForTheEpreuves() {
        assertThat(refusedRule(lifecycle.allows(SessionAction.RECORD_GRID,
                day(SessionStatus.OPENED, SessionFixture.START, 2, SessionFact.SEAL_CHECKED)))).isEqualTo(RuleId.D3);
        assertThat(lifecycle.allows(SessionAction.RECORD_GRID, day(SessionStatus.IN_PROGRESS, SessionFixture.START, 2,
                SessionFact.SEAL_CHECKED, SessionFact.EPREUVES_STARTED)).isAllowed()).isTrue();
    }

    @Test
    void D4_outcomesAreDecidedOnTheLastDayOrAfterTheEpreuves() {
        SessionFact[] started = {SessionFact.SEAL_CHECKED, SessionFact.EPREUVES_STARTED};
        assertThat(refusedRule(lifecycle.allows(SessionAction.DECIDE_OUTCOME,
                day(SessionStatus.OPENED, SessionFixture.END, 2, SessionFact.SEAL_CHECKED)))).isEqualTo(RuleId.D4);
        assertThat(refusedRule(lifecycle.allows(SessionAction.DECIDE_OUTCOME,
                day(SessionStatus.IN_PROGRESS, SessionFixture.START, 2, started)))).isEqualTo(RuleId.D4);
        assertThat(lifecycle.allows(SessionAction.DECIDE_OUTCOME,
                day(SessionStatus.IN_PROGRESS, SessionFixture.END, 2, started)).isAllowed()).isTrue();
    }

    @Test
    void D8_noGridNorOutcomeAfterTheCountersignatureUntilASendBack() {
        SessionDay countersigned = day(SessionStatus.REPORTS_SIGNED, SessionFixture.END, 2, SessionFact.SEAL_CHECKED,
                SessionFact.EPREUVES_STARTED, SessionFact.GENERAL_PV_COUNTERSIGNED);
        assertThat(refusedRule(lifecycle.allows(SessionAction.RECORD_GRID, countersigned))).isEqualTo(RuleId.D8);
        assertThat(refusedRule(lifecycle.allows(SessionAction.DECIDE_OUTCOME, countersigned))).isEqualTo(RuleId.D8);
        SessionDay sentBack = day(SessionStatus.REPORTS_SIGNED, SessionFixture.END.plusDays(3), 2,
                SessionFact.SEAL_CHECKED, SessionFact.EPREUVES_STARTED, SessionFact.GENERAL_PV_COUNTERSIGNED,
                SessionFact.TRANSMITTED, SessionFact.SENT_BACK);
        assertThat(lifecycle.allows(SessionAction.DECIDE_OUTCOME, sentBack).isAllowed()).isTrue();
    }

    @Test
    void D9_nothingChangesNorIsSignedAfterTheValidation() {
        SessionDay validated = day(SessionStatus.VALIDATED, SessionFixture.END.plusDays(5), 2, SessionFact.SEAL_CHECKED,
                SessionFact.EPREUVES_STARTED, SessionFact.GENERAL_PV_COUNTERSIGNED, SessionFact.TRANSMITTED,
                SessionFact.SENT_BACK, SessionFact.TRANSMITTED, SessionFact.VALIDATED);
        for (SessionAction action : List.of(SessionAction.RECORD_GRID, SessionAction.DECIDE_OUTCOME,
                SessionAction.SIGN_PV, SessionAction.COUNTERSIGN_PV)) {
            assertThat(refusedRule(lifecycle.allows(action, validated))).as(action.name()).isEqualTo(RuleId.D9);
        }
    }

    @Test
    void D6_aSignatureIsMadeOnTheLastDayOrAfter() {
        assertThat(refusedRule(lifecycle.allows(SessionAction.SIGN_PV,
                day(SessionStatus.DELIBERATION, SessionFixture.START, 2)))).isEqualTo(RuleId.D6);
        assertThat(refusedRule(lifecycle.allows(SessionAction.COUNTERSIGN_PV,
                day(SessionStatus.DELIBERATION, SessionFixture.START, 2)))).isEqualTo(RuleId.D8);
        assertThat(lifecycle.allows(SessionAction.SIGN_PV, day(SessionStatus.DELIBERATION, SessionFixture.END, 2))
                .isAllowed()).isTrue();
    }

    @Test
    void A1_thePvsAreTransmittedAfterTheSessionEnd() {
        assertThat(refusedRule(lifecycle.allows(SessionAction.TRANSMIT,
                day(SessionStatus.REPORTS_SIGNED, SessionFixture.END, 2)))).isEqualTo(RuleId.A1);
        assertThat(lifecycle.allows(SessionAction.TRANSMIT, day(SessionStatus.REPORTS_SIGNED,
                SessionFixture.END.plusDays(1), 2)).isAllowed()).isTrue();
    }

    @Test
    void D4_deliberationStartsOnTheLastDayOrAfter() {
        SessionPeriod period = new SessionPeriod(1, SessionFixture.START, SessionFixture.END);
        assertThat(refusedRule(lifecycle.canMove(SessionStatus.IN_PROGRESS, SessionStatus.DELIBERATION, List.of(),
                period, day(SessionStatus.IN_PROGRESS, SessionFixture.START, 2), null, null))).isEqualTo(RuleId.D4);
    }
}
