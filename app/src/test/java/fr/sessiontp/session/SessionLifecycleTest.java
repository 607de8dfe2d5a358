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
import fr.sessiontp.session.domain.SessionPeriod;
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
    MockMvc mvc;

    SessionFixture f;
    final SessionLifecycle lifecycle = new SessionLifecycle();

    @BeforeEach
    void world() {
        f = new SessionFixture(jdbc, referential, centres, accounts).build();
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
        var decision = lifecycle.canMove(SessionStatus.CONVENED, SessionStatus.OPENED, List.of(), period, null, null);
        assertThat(decision.firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.S2);
        assertThat(lifecycle.canMove(SessionStatus.PLANNED, SessionStatus.CONVENED, List.of(), period, null, null)
                .isAllowed()).isTrue();
    }

    @Test
    void O3_policyRefusesAnEnvelopeCancellationWithoutItsReason() {
        SessionPeriod period = new SessionPeriod(1, SessionFixture.START, SessionFixture.END);
        assertThat(lifecycle.canMove(SessionStatus.OPENED, SessionStatus.CANCELLED, List.of(), period, RuleId.O3, " ")
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.O3);
        assertThat(lifecycle.canMove(SessionStatus.OPENED, SessionStatus.CANCELLED, List.of(), period, RuleId.O3,
                "Plis ouverts").isAllowed()).isTrue();
    }

    @Test
    void S2_openingIsRefusedWithoutTwoHabilitatedMembersThenAllowedAndAudited() {
        long id = sessions.createSession(f.centreId, f.details(f.number("LA")));
        sessions.changeStatus(id, SessionStatus.CONVENED, null, null);
        assertThatThrownBy(() -> sessions.changeStatus(id, SessionStatus.OPENED, null, null))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).refusals().get(0).rule()).isEqualTo(RuleId.S2));
        statusIs(id, "CONVENED");
        sessions.formJuryPair(id, f.habilitatedJuryMember("Alpha", "Anne"), f.habilitatedJuryMember("Beta", "Bruno"));
        sessions.changeStatus(id, SessionStatus.OPENED, null, null);
        statusIs(id, "OPENED");
        assertThat(audited(id, RuleId.S2)).isEqualTo(1);
        assertThat(audited(id, null)).isEqualTo(1);
    }

    @Test
    void illegalTransitionIsRefusedWithAFrenchMessage() {
        long id = sessions.createSession(f.centreId, f.details(f.number("LB")));
        assertThatThrownBy(() -> sessions.changeStatus(id, SessionStatus.ARCHIVED, null, null))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("ne peut pas passer à « Archivée »");
        assertThatThrownBy(() -> sessions.changeStatus(id, SessionStatus.CANCELLED, null, " "))
                .isInstanceOf(InputRejectedException.class);
        statusIs(id, "PLANNED");
    }

    @Test
    void O3_cancellationForUnsealedEnvelopesRecordsTheReason() {
        long id = sessions.createSession(f.centreId, f.details(f.number("LC")));
        assertThatThrownBy(() -> sessions.changeStatus(id, SessionStatus.CANCELLED, RuleId.O3, ""))
                .isInstanceOf(RuleViolationException.class);
        sessions.changeStatus(id, SessionStatus.CANCELLED, RuleId.O3, "Plis décachetés constatés avec un candidat");
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
}
