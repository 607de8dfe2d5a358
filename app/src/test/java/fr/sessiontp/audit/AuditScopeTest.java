package fr.sessiontp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every audit entry belongs to a centre (or the platform), and a centre's ADMIN reads only their centre's entries:
 * candidate names, outcomes and API token names of another centre never reach them. The centre is covered by the
 * entry's hash from chain version 2; the entries attached by the migration (version 1) keep verifying.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditScopeTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;

    EvaluationFixtures f;
    long otherCentre;
    UserDetails otherAdmin;

    @BeforeAll
    void twoCentres() {
        f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND");
        otherCentre = jdbc.sql("""
                insert into centre (name, address, postal_code, city, region, email)
                values ('Centre voisin', '9 rue du Voisin', '76000', 'Rouen', 'Normandie', 'voisin@example.org')
                returning id""").query(Long.class).single();
        String login = "admin-voisin-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUser(login, Role.ADMIN, "Administration voisine", otherCentre, null, null),
                "secret-pass-1");
        otherAdmin = accounts.loadUserByUsername(login);
    }

    private String trailOf(UserDetails admin) throws Exception {
        return mvc.perform(get("/admin/audit").with(user(admin))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void D1_anEntryBelongsToTheCentreOfItsSubjectOrElseOfTheUserWhoActed() {
        AuditEntry aboutSession = trail.record("test.scope.session", null, "session", String.valueOf(f.sessionId), "S");
        AuditEntry aboutCandidate = trail.record("test.scope.candidate", null, "candidate",
                String.valueOf(f.candidates.get(0)), "C");
        AuditEntry aboutCentre = trail.record("test.scope.centre", null, "centre", String.valueOf(otherCentre), "K");
        AuditEntry platform = trail.record("test.scope.platform", null, "title", "1", "T");
        assertThat(aboutSession.centreId()).isEqualTo(f.centreId);
        assertThat(aboutCandidate.centreId()).isEqualTo(f.centreId);
        assertThat(aboutCentre.centreId()).isEqualTo(otherCentre);
        assertThat(platform.centreId()).isNull();
        UserDetails admin = accounts.loadUserByUsername(otherAdmin.getUsername());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            AuditEntry token = trail.record("test.scope.token", null, "api_token", "999999", "Jeton « ERP voisin »");
            assertThat(token.centreId()).isEqualTo(otherCentre);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void D1_anAdminReadsOnlyTheirCentresAuditEntries() throws Exception {
        String name = "Candidat " + UUID.randomUUID().toString().substring(0, 8);
        trail.record("test.scope.ours", null, "candidate", String.valueOf(f.candidates.get(1)), name + " : entrée du centre");
        String voisin = "Jeton voisin " + UUID.randomUUID().toString().substring(0, 8);
        trail.record("test.scope.theirs", null, "centre", String.valueOf(otherCentre), voisin);

        assertThat(trailOf(otherAdmin)).contains(voisin).doesNotContain(name);
        assertThat(trailOf(f.user(Role.ADMIN, null))).contains(name).doesNotContain(voisin);
        assertThat(log.countOf(otherCentre)).isEqualTo(log.latestOf(otherCentre, 0, 1000).size());
    }

    @Test
    void D1_movingAnEntryToAnotherCentreIsReportedWhileTheMigrationsAttachmentOfOldEntriesStillVerifies() {
        AuditEntry entry = trail.record("test.scope.moved", null, "session", String.valueOf(f.sessionId), "Déplacée");
        var moved = transactions.execute(status -> {
            tamper("update audit_entry set centre_id = " + otherCentre + " where seq = " + entry.seq());
            var result = log.verify();
            status.setRollbackOnly();
            return result;
        });
        assertThat(moved.problems()).extracting(AuditProblem::seq, AuditProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(entry.seq(), AuditProblem.Kind.ALTERED));

        // An entry written before the trail was scoped (chain version 1: its hash leaves the centre out) and attached
        // to a centre afterwards, as V21_1 does, still verifies.
        var attached = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 0x5E5510A0D17L).query().singleRow();
            var last = log.latest(0, 1).get(0);
            long seq = last.seq() + 1;
            java.time.Instant at = AuditChain.storable(java.time.Instant.now());
            String hash = AuditChain.hash(last.hash(), seq, at, "ancien", "test.legacy", null, "session",
                    String.valueOf(f.sessionId), "Entrée d'avant");
            jdbc.sql("""
                    insert into audit_entry (seq, occurred_at, actor, action, subject_type, subject_id, details,
                      previous_hash, hash, chain_version)
                    values (:seq, :at, 'ancien', 'test.legacy', 'session', :sid, 'Entrée d''avant', :prev, :hash, 1)""")
                    .param("seq", seq).param("at", java.sql.Timestamp.from(at)).param("sid", String.valueOf(f.sessionId))
                    .param("prev", last.hash()).param("hash", hash).update();
            tamper("update audit_entry set centre_id = " + f.centreId + " where seq = " + seq);
            var result = log.verify();
            status.setRollbackOnly();
            return result;
        });
        assertThat(attached.intact()).isTrue();
        assertThat(log.verify().intact()).isTrue();
    }

    private void tamper(String sql) {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete").update();
        jdbc.sql(sql).update();
        jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update_or_delete").update();
    }
}
