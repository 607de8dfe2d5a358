package fr.sessiontp.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.evaluation.Evaluations;
import fr.sessiontp.retention.application.CloseSessionFile;
import fr.sessiontp.retention.application.PurgeSessionFiles;
import fr.sessiontp.retention.application.RecordDestruction;
import fr.sessiontp.retention.application.RecordKeptDocument;
import fr.sessiontp.retention.application.RecordPortfolioReturn;
import fr.sessiontp.retention.domain.DocumentKind;
import fr.sessiontp.retention.domain.PortfolioReturn;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.Sessions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session file on the real database: A3 destructions recorded by the person who made them, the A2 purge job (two
 * concurrent instances, idempotent, not before five years), A4 DP returns and the closing check, and the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RetentionTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    fr.sessiontp.session.SessionGate gate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Sessions sessions;
    @Autowired
    Evaluations evaluations;
    @Autowired
    SessionFile sessionFile;
    @Autowired
    CloseSessionFile closeSessionFile;
    @Autowired
    PurgeSessionFiles purge;
    @Autowired
    RecordKeptDocument keeping;
    @Autowired
    RecordPortfolioReturn portfolios;
    @Autowired
    RecordDestruction destructions;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    // ---- fixtures ----

    /** A session of three candidates with four grids each (observation, final interview, two synthesis lines). */
    private EvaluationFixtures sessionWithGrids() {
        EvaluationFixtures f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND");
        for (int i = 0; i < f.candidates.size(); i++) {
            long candidate = f.candidates.get(i);
            long jury = i < 2 ? f.juryA : f.juryC;
            jdbc.sql("""
                    insert into eval_observation (session_id, candidate_id, epreuve_code, observations, entered_by)
                    values (:s, :c, 'MSP', 'Observé', :j)""")
                    .param("s", f.sessionId).param("c", candidate).param("j", jury).update();
            jdbc.sql("""
                    insert into eval_final_interview (session_id, candidate_id, conclusions, entered_by)
                    values (:s, :c, 'Conclusions', :j)""")
                    .param("s", f.sessionId).param("c", candidate).param("j", jury).update();
            for (long competence : List.of(f.competence(0, 0), f.competence(0, 1))) {
                jdbc.sql("""
                        insert into eval_synthesis (session_id, candidate_id, competence_id, mastered, entered_by)
                        values (:s, :c, :k, true, :j)""")
                        .param("s", f.sessionId).param("c", candidate).param("k", competence).param("j", jury).update();
            }
        }
        return f;
    }

    /** Archives the session through the session module (the authority validated it before). */
    private void archive(EvaluationFixtures f) {
        jdbc.sql("update exam_session set status = 'VALIDATED' where id = :s").param("s", f.sessionId).update();
        gate.archived(f.sessionId);
    }

    private void ecfBooklets(EvaluationFixtures f) {
        for (long candidate : f.candidates) {
            keeping.keep(f.sessionId, DocumentKind.ECF_BOOKLET, candidate, "Livret " + candidate);
        }
    }

    private int grids(long sessionId) {
        return evaluations.gridCounts(sessionId).values().stream().mapToInt(Integer::intValue).sum();
    }

    private long destructions(long sessionId, String kind, String rule) {
        return jdbc.sql("select count(*) from retention_destruction where session_id = :s and kind = :k and rule_id = :r")
                .param("s", sessionId).param("k", kind).param("r", rule).query(Long.class).single();
    }

    private long audited(long sessionId, String action) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :s")
                .param("a", action).param("s", String.valueOf(sessionId)).query(Long.class).single();
    }

    /** Moves the session file's end date (the test database cannot wait five years). */
    private void endedOn(long sessionId, LocalDate end) {
        jdbc.sql("update retention_file set end_date = :e where session_id = :s").param("e", end).param("s", sessionId)
                .update();
    }

    private void returnAll(EvaluationFixtures f) {
        for (long candidate : f.candidates) {
            portfolios.record(f.sessionId, candidate, new PortfolioReturn(LocalDate.of(2026, 3, 11), false, null, null));
        }
    }

    /** A user of the same role in another centre: the session does not exist for them. */
    private UserDetails otherCentre(Role role) {
        long centre = jdbc.sql("""
                insert into centre (name, address, postal_code, city, region) values (:n, '1 rue Ailleurs', '69001', 'Lyon', 'Auvergne')
                returning id""").param("n", "Centre ailleurs " + UUID.randomUUID()).query(Long.class).single();
        String username = "retention-other-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into app_user (username, password_hash, role, display_name, centre_id, region)
                values (:u, '{noop}unused', :r, 'Ailleurs', :c, 'Auvergne')""")
                .param("u", username).param("r", role.name()).param("c", centre).update();
        return accounts.loadUserByUsername(username);
    }

    // ---- A3: each destruction recorded by the person who made it ----

    @Test
    void A3_archivingRecordsNoDestructionByItself() {
        EvaluationFixtures f = sessionWithGrids();
        returnAll(f);
        archive(f);
        closeSessionFile.close(f.sessionId);
        assertThat(jdbc.sql("select count(*) from retention_destruction where session_id = :s")
                .param("s", f.sessionId).query(Long.class).single()).isZero();
        assertThat(audited(f.sessionId, "retention.archived.portfolioMissing")).isZero();
        assertThat(grids(f.sessionId)).as("grids are kept (A2)").isEqualTo(12);
    }

    @Test
    void A3_eachDestructionIsRecordedByANamedPersonWithWhenHowAndWhat() throws Exception {
        EvaluationFixtures f = sessionWithGrids();
        jdbc.sql("update exam_session set status = 'REPORTS_SIGNED' where id = :s").param("s", f.sessionId).update();
        UserDetails manager = f.user(Role.SESSION_MANAGER, f.managerId);
        String path = "/sessions/{id}/retention/destructions";
        // nothing said about who, when or how: one French message per field, what was typed kept, nothing recorded
        mvc.perform(post(path, f.sessionId).with(csrf()).with(user(manager)).param("kind", "CANDIDATE_PRODUCTION")
                        .param("candidateId", "").param("destroyedOn", "").param("method", " ")
                        .param("description", "Brouillons"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"destroy-candidate-error\"")))
                .andExpect(content().string(containsString("Indiquez la date de la destruction")))
                .andExpect(content().string(containsString("Indiquez comment les documents ont été détruits")))
                .andExpect(content().string(containsString(">Brouillons</textarea>")));
        mvc.perform(post(path, f.sessionId).with(csrf()).with(user(manager)).param("kind", "UNUSED_DTE")
                        .param("candidateId", String.valueOf(f.candidates.get(0))).param("destroyedOn", "31/02/2026")
                        .param("method", "Broyage").param("description", "DTE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date invalide")));
        mvc.perform(post(path, f.sessionId).with(csrf()).with(user(manager)).param("kind", "UNUSED_DTE")
                        .param("candidateId", String.valueOf(f.candidates.get(0))).param("destroyedOn", "2026-03-09")
                        .param("method", "Broyage").param("description", "DTE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ne choisissez pas de candidat")))
                .andExpect(content().string(containsString("ne peut pas précéder la fin de la session (10/03/2026)")));
        assertThat(jdbc.sql("select count(*) from retention_destruction where session_id = :s")
                .param("s", f.sessionId).query(Long.class).single()).isZero();

        long candidate = f.candidates.get(0);
        mvc.perform(post(path, f.sessionId).with(csrf()).with(user(manager)).param("kind", "CANDIDATE_PRODUCTION")
                        .param("candidateId", String.valueOf(candidate)).param("destroyedOn", "12/03/2026")
                        .param("method", "Broyage sur place").param("description", "Brouillons et impressions de la MSP"))
                .andExpect(redirectedUrl("/sessions/" + f.sessionId + "/retention?destroyed#destructions"));
        var row = jdbc.sql("""
                        select destroyed_on, method, description, destroyed_by, destroyed_by_name, rule_id
                        from retention_destruction where session_id = :s and kind = 'CANDIDATE_PRODUCTION'""")
                .param("s", f.sessionId).query().singleRow();
        String name = jdbc.sql("select display_name from app_user where username = :u")
                .param("u", manager.getUsername()).query(String.class).single();
        assertThat(row.get("destroyed_on").toString()).isEqualTo("2026-03-12");
        assertThat(row.get("method")).isEqualTo("Broyage sur place");
        assertThat(row.get("description")).isEqualTo("Brouillons et impressions de la MSP");
        assertThat(row.get("destroyed_by")).isEqualTo(manager.getUsername());
        assertThat(row.get("destroyed_by_name")).isEqualTo(name);
        assertThat(row.get("rule_id")).isEqualTo("A3");
        assertThat(audited(f.sessionId, "retention.destroyed")).isEqualTo(1);
        mvc.perform(get("/sessions/{id}/retention", f.sessionId).with(user(manager)))
                .andExpect(content().string(containsString("Broyage sur place")))
                .andExpect(content().string(containsString("Brouillons et impressions de la MSP")))
                .andExpect(content().string(containsString("12/03/2026")))
                .andExpect(content().string(containsString(name)));
        // each destruction once
        mvc.perform(post(path, f.sessionId).with(csrf()).with(user(manager)).param("kind", "CANDIDATE_PRODUCTION")
                        .param("candidateId", String.valueOf(candidate)).param("destroyedOn", "12/03/2026")
                        .param("method", "Broyage").param("description", "Encore"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("déjà enregistrée")))
                .andExpect(content().string(containsString("(A3)")));
    }

    @Test
    void A3_noDestructionIsRecordedBeforeThePvsAreSignedNorForWhatTheCentreKeeps() {
        EvaluationFixtures f = sessionWithGrids();
        var manager = f.current(Role.SESSION_MANAGER, f.managerId);
        var dte = new RecordDestruction.Form(DocumentKind.UNUSED_DTE, null, LocalDate.of(2026, 3, 11), "Broyage", "DTE");
        assertThatThrownBy(() -> destructions.record(manager, f.sessionId, dte))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.A3);
                    assertThat(e.refusals().get(0).message()).contains("après la signature des PV");
                });
        jdbc.sql("update exam_session set status = 'VALIDATED' where id = :s").param("s", f.sessionId).update();
        var booklet = new RecordDestruction.Form(DocumentKind.ECF_BOOKLET, f.candidates.get(0),
                LocalDate.of(2026, 3, 11), "Broyage", "Livret");
        assertThatThrownBy(() -> destructions.record(manager, f.sessionId, booklet))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.A3));
        destructions.record(manager, f.sessionId, dte);
        assertThat(destructions(f.sessionId, "UNUSED_DTE", "A3")).isEqualTo(1);
    }

    @Test
    void A3_refusesRecordingAProductionAsKeptThroughTheUseCaseAndThePage() throws Exception {
        EvaluationFixtures f = sessionWithGrids();
        long candidate = f.candidates.get(0);
        assertThatThrownBy(() -> keeping.keep(f.sessionId, DocumentKind.CANDIDATE_PRODUCTION, candidate, "Copie"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.A3));

        mvc.perform(post("/sessions/{id}/retention/documents", f.sessionId).with(csrf())
                        .with(user(f.user(Role.SESSION_MANAGER, f.managerId)))
                        .param("kind", "UNUSED_DTE").param("candidateId", "").param("reference", "Carton 12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ne se conserve pas")))
                .andExpect(content().string(containsString("(A3)")))
                .andExpect(content().string(containsString("Carton 12")));
        assertThat(jdbc.sql("select count(*) from retention_kept_document where session_id = :s")
                .param("s", f.sessionId).query(Long.class).single()).isZero();
    }

    // ---- A2: kept five years, then purged by the job ----

    @Test
    void A2_ecfBookletReceiptIsRecordedFromThePageAndShownKept() throws Exception {
        EvaluationFixtures f = sessionWithGrids();
        UserDetails manager = f.user(Role.SESSION_MANAGER, f.managerId);
        mvc.perform(post("/sessions/{id}/retention/documents", f.sessionId).with(csrf()).with(user(manager))
                        .param("kind", "ECF_BOOKLET").param("candidateId", String.valueOf(f.candidates.get(1))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sessions/{id}/retention", f.sessionId).with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reçu le")))
                .andExpect(content().string(containsString("Grilles d&#39;évaluation remplies par le jury")));
        assertThat(audited(f.sessionId, "retention.kept")).isEqualTo(1);
    }

    @Test
    void A2_twoConcurrentPurgeJobsPurgeEachExpiredSessionExactlyOnce() throws Exception {
        List<EvaluationFixtures> expired = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            EvaluationFixtures f = sessionWithGrids();
            ecfBooklets(f);
            archive(f);
            endedOn(f.sessionId, LocalDate.of(2015, 6, 1 + i));
            expired.add(f);
        }
        LocalDate today = LocalDate.now();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return purge.purgeDue(today);
                }));
            }
            start.countDown();
            List<Long> first = runs.get(0).get(60, TimeUnit.SECONDS);
            List<Long> second = runs.get(1).get(60, TimeUnit.SECONDS);
            assertThat(first).as("no session purged by both instances").doesNotContainAnyElementsOf(second);
            Set<Long> both = new HashSet<>(first);
            both.addAll(second);
            assertThat(both).containsAll(expired.stream().map(f -> f.sessionId).toList());
        } finally {
            pool.shutdownNow();
        }
        for (EvaluationFixtures f : expired) {
            assertThat(grids(f.sessionId)).isZero();
            assertThat(destructions(f.sessionId, "EVALUATION_GRIDS", "A2")).isEqualTo(3);
            assertThat(destructions(f.sessionId, "ECF_BOOKLET", "A2")).isEqualTo(3);
            assertThat(jdbc.sql("""
                    select coalesce(sum(item_count), 0) from retention_destruction
                    where session_id = :s and kind = 'EVALUATION_GRIDS' and destroyed_by = 'job'""")
                    .param("s", f.sessionId).query(Long.class).single()).isEqualTo(12);
            assertThat(audited(f.sessionId, "retention.purged")).isEqualTo(1);
        }

        // idempotent: a third run purges none of them and records nothing more
        List<Long> again = purge.purgeDue(today);
        assertThat(again).doesNotContainAnyElementsOf(expired.stream().map(f -> f.sessionId).toList());
        for (EvaluationFixtures f : expired) {
            assertThat(destructions(f.sessionId, "EVALUATION_GRIDS", "A2")).isEqualTo(3);
            assertThat(audited(f.sessionId, "retention.purged")).isEqualTo(1);
        }
    }

    @Test
    void A2_purgeWithAFixedClockDestroysNothingBeforeFiveYearsThenTheDayThePeriodEnds() {
        EvaluationFixtures f = sessionWithGrids();
        ecfBooklets(f);
        archive(f);
        endedOn(f.sessionId, LocalDate.of(2001, 6, 30));

        Clock dayBefore = Clock.fixed(Instant.parse("2006-06-29T10:00:00Z"), PARIS);
        assertThat(purge.purgeDue(LocalDate.now(dayBefore))).doesNotContain(f.sessionId);
        assertThat(grids(f.sessionId)).isEqualTo(12);
        assertThat(destructions(f.sessionId, "EVALUATION_GRIDS", "A2")).isZero();
        assertThat(audited(f.sessionId, "retention.purged")).isZero();

        Clock dayDue = Clock.fixed(Instant.parse("2006-06-30T10:00:00Z"), PARIS);
        assertThat(purge.purgeDue(LocalDate.now(dayDue))).contains(f.sessionId);
        assertThat(grids(f.sessionId)).isZero();
        assertThat(destructions(f.sessionId, "ECF_BOOKLET", "A2")).isEqualTo(3);
    }

    @Test
    void A2_nobodyDeletesGridsBeforeTheDeadlineNotEvenAnAdminFromThePage() throws Exception {
        EvaluationFixtures f = sessionWithGrids();
        returnAll(f);
        archive(f); // ended 10/03/2026: kept until 10/03/2031
        assertThatThrownBy(() -> purge.purgeNow(f.sessionId))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.A2));

        mvc.perform(post("/sessions/{id}/retention/purge", f.sessionId).with(csrf()).with(user(f.user(Role.ADMIN, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10/03/2031")))
                .andExpect(content().string(containsString("(A2)")));
        assertThat(grids(f.sessionId)).isEqualTo(12);
        assertThat(destructions(f.sessionId, "EVALUATION_GRIDS", "A2")).isZero();
    }

    // ---- A4: DP returned, copy kept only with written authorisation, closing check ----

    @Test
    void A4_refusesAKeptCopyWithoutAuthorisationAndRecordsItWithOne() {
        EvaluationFixtures f = sessionWithGrids();
        long candidate = f.candidates.get(0);
        LocalDate returned = LocalDate.of(2026, 3, 11);
        assertThatThrownBy(() -> portfolios.record(f.sessionId, candidate, new PortfolioReturn(returned, true, null, "")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.A4));
        assertThat(jdbc.sql("select count(*) from retention_portfolio_return where session_id = :s")
                .param("s", f.sessionId).query(Long.class).single()).isZero();

        portfolios.record(f.sessionId, candidate, new PortfolioReturn(returned, true, returned, "AUT-2026-007"));
        assertThat(jdbc.sql("""
                select authorisation_reference from retention_portfolio_return where session_id = :s and candidate_id = :c""")
                .param("s", f.sessionId).param("c", candidate).query(String.class).single()).isEqualTo("AUT-2026-007");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'retention.portfolio.returned' and subject_id = :c")
                .param("c", String.valueOf(candidate)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void A4_sessionMayNotBeClosedUntilEveryDpIsReturned() {
        EvaluationFixtures f = sessionWithGrids();
        assertThat(sessionFile.mayClose(f.sessionId).firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.A4);
        portfolios.record(f.sessionId, f.candidates.get(0), new PortfolioReturn(LocalDate.of(2026, 3, 11), false, null, null));
        portfolios.record(f.sessionId, f.candidates.get(1), new PortfolioReturn(LocalDate.of(2026, 3, 11), false, null, null));
        assertThat(sessionFile.mayClose(f.sessionId).firstRefusal().orElseThrow().message())
                .contains("1 candidat(s)").contains("RIGAUD");
        portfolios.record(f.sessionId, f.candidates.get(2), new PortfolioReturn(LocalDate.of(2026, 3, 12), false, null, null));
        assertThat(sessionFile.mayClose(f.sessionId).isAllowed()).isTrue();
        assertThat(sessionFile.mayClose(987654321L).isRefused()).isTrue();
    }

    @Test
    void A4_archivingWithoutReturnsIsFlaggedInTheAuditTrail() {
        EvaluationFixtures f = sessionWithGrids();
        archive(f);
        assertThat(audited(f.sessionId, "retention.archived.portfolioMissing")).isEqualTo(1);
    }

    @Test
    void A4_dpReturnFormRefusesAKeptCopyWithoutAuthorisationKeepingWhatWasTyped() throws Exception {
        EvaluationFixtures f = sessionWithGrids();
        long candidate = f.candidates.get(2);
        UserDetails manager = f.user(Role.SESSION_MANAGER, f.managerId);
        mvc.perform(post("/sessions/{id}/retention/portfolios/{c}", f.sessionId, candidate).with(csrf()).with(user(manager))
                        .param("returnedOn", "2026-03-11").param("copyKept", "true").param("authorisationDate", "")
                        .param("authorisationReference", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("autorisation écrite du candidat ou de la candidate")))
                .andExpect(content().string(containsString("(A4)")))
                .andExpect(content().string(containsString("value=\"2026-03-11\"")));

        // a bad date gets a message linked to its field
        mvc.perform(post("/sessions/{id}/retention/portfolios/{c}", f.sessionId, candidate).with(csrf()).with(user(manager))
                        .param("returnedOn", "31/02/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date invalide")))
                .andExpect(content().string(containsString("aria-describedby=\"dp-" + candidate + "-returnedOn-error\"")));

        // with htmx: only the candidates' section comes back
        mvc.perform(post("/sessions/{id}/retention/portfolios/{c}", f.sessionId, candidate).with(csrf()).with(user(manager))
                        .header("HX-Request", "true")
                        .param("returnedOn", "2026-03-11").param("copyKept", "true").param("authorisationDate", "2026-03-10")
                        .param("authorisationReference", "AUT-RIGAUD-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"portfolios\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("AUT-RIGAUD-1")));

        // without htmx: back to the page
        mvc.perform(post("/sessions/{id}/retention/portfolios/{c}", f.sessionId, f.candidates.get(0)).with(csrf())
                        .with(user(manager)).param("returnedOn", "2026-03-11"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sessions/" + f.sessionId + "/retention?done#dp-" + f.candidates.get(0)));
    }

    // ---- the page ----

    @Test
    void A3_retentionPageShowsTheDestructionRegisterToTheCentreOnly() throws Exception {
        EvaluationFixtures f = sessionWithGrids();
        returnAll(f);
        archive(f);
        mvc.perform(get("/sessions/{id}/retention", f.sessionId).with(user(f.user(Role.ADMIN, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registre des destructions")))
                .andExpect(content().string(containsString("Productions du candidat")))
                .andExpect(content().string(containsString("DTE non utilisés")))
                .andExpect(content().string(containsString("10/03/2031")))
                .andExpect(content().string(containsString("Tous les dossiers professionnels sont restitués")));
        mvc.perform(get("/sessions/{id}", f.sessionId).with(user(f.user(Role.ADMIN, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"retention-link\"")));
        mvc.perform(get("/sessions/{id}/retention", f.sessionId).with(user(otherCentre(Role.SESSION_MANAGER))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sessions/{id}/retention", f.sessionId).with(user(f.user(Role.JURY, f.juryA))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sessions/{id}/retention/purge", f.sessionId).with(csrf())
                        .with(user(f.user(Role.SESSION_MANAGER, f.managerId))))
                .andExpect(status().isForbidden());
    }
}
