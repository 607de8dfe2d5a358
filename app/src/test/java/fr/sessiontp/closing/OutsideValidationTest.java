package fr.sessiontp.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import fr.sessiontp.closing.application.Closing;
import fr.sessiontp.closing.domain.ClosingPolicy;
import fr.sessiontp.closing.domain.OutsideValidation;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.common.RuleViolationException;
import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.Sessions;
import fr.sessiontp.session.ValidationPath;
import fr.sessiontp.session.domain.SessionLifecycle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * D9 by the second path: most regional services validate in CERES, and the centre records the validation it received
 * outside SessionTP (date, reference, the notification as a PDF). It releases the results like the authority's
 * validation in its space, is recorded with its path (who, when) and audited; it is a guarded flow of the session's
 * lifecycle, not a way round it. Each test has its own session, transmitted and waiting for the authority.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutsideValidationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Sessions sessions;
    @Autowired
    fr.sessiontp.session.SessionGate gate;
    @Autowired
    Closing closing;
    @Autowired
    MockMvc mvc;

    EvaluationFixtures f;
    UserDetails responsableLogin;
    UserDetails adminLogin;

    @BeforeAll
    void centre() {
        f = new EvaluationFixtures(jdbc, accounts, "TITLE", "MARCHAND");
        responsableLogin = f.user(Role.SESSION_MANAGER, f.managerId);
        adminLogin = f.user(Role.ADMIN, null);
    }

    @Test
    void D9_theCentreRecordsTheValidationReceivedOutsideWhichReleasesTheResultsRecordedWithItsPathAndAudited()
            throws Exception {
        long session = transmittedSession();
        LocalDate notified = LocalDate.now().minusDays(2);

        MockHttpServletResponse response = record(session, responsableLogin, notified.toString(), "DREETS-NOR-2026-0417",
                new MockMultipartFile("notification", "notification-dreets.pdf", "application/pdf", PDF));

        assertThat(response.getRedirectedUrl()).isEqualTo("/sessions/" + session + "/closing?validatedOutside");
        assertThat(status(session)).isEqualTo(SessionStatus.VALIDATED);
        Map<String, Object> decision = jdbc.sql("""
                        select d.path, d.decided_by, o.received_on, o.reference, o.notification_sha256, o.id
                        from authority_decision d join outside_validation o on o.decision_id = d.id
                        where d.session_id = :s and d.decision = 'VALIDATED'""")
                .param("s", session).query().singleRow();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(decision.get("path")).isEqualTo("RECORDED_BY_CENTRE");
        assertThat(decision.get("decided_by")).isEqualTo("Utilisateur " + responsableLogin.getUsername());
        assertThat(decision.get("reference")).isEqualTo("DREETS-NOR-2026-0417");
        assertThat(decision.get("notification_sha256")).isEqualTo(sha);
        // released like the in-app validation: the outcome counts are recorded
        assertThat(jdbc.sql("select candidates from released_outcome where session_id = :s").param("s", session)
                .query(Integer.class).single()).isEqualTo(2);
        // audited, with the path's evidence
        String trail = jdbc.sql("""
                        select details from audit_entry where action = 'closing.validatedOutside' and subject_id = :s""")
                .param("s", String.valueOf(session)).query(String.class).single();
        assertThat(trail).contains("hors SessionTP").contains("DREETS-NOR-2026-0417").contains(sha)
                .contains("Utilisateur " + responsableLogin.getUsername());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'session.status.changed' and rule_id = 'D9'"
                + " and subject_id = :s").param("s", String.valueOf(session)).query(Long.class).single()).isEqualTo(1);
        // the closing page says which path, and the centre downloads the notification it recorded
        String page = text(mvc.perform(get("/sessions/" + session + "/closing").with(user(responsableLogin)))
                .andReturn().getResponse());
        assertThat(page).contains("reçue hors SessionTP").contains("DREETS-NOR-2026-0417")
                .doesNotContain("id=\"record-outside\"");
        MockHttpServletResponse pdf = mvc.perform(get("/sessions/" + session + "/closing/outside-validation/"
                + decision.get("id") + "/pdf").with(user(adminLogin))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentAsByteArray()).isEqualTo(PDF);
        // recorded once: a second recording is refused, the session being validated
        assertThatThrownBy(() -> closing.recordOutsideValidation(f.current(Role.ADMIN, null), session,
                new OutsideValidation(notified, "AUTRE", "n.pdf", PDF)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D9));
    }

    @Test
    void D9_aBadNotificationIsRefusedFieldByFieldInFrenchAndReleasesNothing() throws Exception {
        long session = transmittedSession();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

        String notPdf = text(record(session, adminLogin, LocalDate.now().plusDays(3).toString(), "  ",
                new MockMultipartFile("notification", "notification.pdf", "application/pdf", png)));
        assertThat(notPdf).contains("id=\"receivedOn-error\"").contains("ne peut pas être dans le futur")
                .contains("id=\"reference-error\"").contains("Indiquez la référence")
                .contains("id=\"notification-error\"").contains("n&#39;est pas un PDF");

        byte[] big = new byte[OutsideValidation.MAX_PDF_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        String tooLarge = text(record(session, adminLogin, "pas une date", "REF-1",
                new MockMultipartFile("notification", "gros.pdf", "application/pdf", big)));
        assertThat(tooLarge).contains("n&#39;est pas une date valide").contains("value=\"REF-1\"");
        assertThatThrownBy(() -> closing.recordOutsideValidation(f.current(Role.ADMIN, null), session,
                new OutsideValidation(LocalDate.now(), "REF-1", "gros.pdf", big)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("notification").containsValue("La notification dépasse 5 Mo : joignez un PDF plus léger."));
        String missing = text(record(session, adminLogin, "", "REF-1", null));
        assertThat(missing).contains("Indiquez la date de la notification").contains("Joignez la notification");

        assertThat(status(session)).isEqualTo(SessionStatus.TRANSMITTED);
        assertThat(jdbc.sql("select count(*) from released_outcome where session_id = :s").param("s", session)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from authority_decision where session_id = :s").param("s", session)
                .query(Long.class).single()).isZero();
    }

    @Test
    void D9_onlyTheCentresAdminOrTheSessionsResponsableRecordTheOutsideValidation() throws Exception {
        long session = transmittedSession();
        MockMultipartFile file = new MockMultipartFile("notification", "n.pdf", "application/pdf", PDF);
        String today = LocalDate.now().toString();
        // another responsable of the centre, not this session's: refused with D9
        long otherManager = jdbc.sql("with p as (insert into person (centre_id, last_name, first_name) values (:c, 'AUTRE', 'Léa')"
                + " returning id) insert into session_manager (centre_id, person_id) select :c, id from p returning id").param("c", f.centreId).query(Long.class).single();
        String refused = text(record(session, f.user(Role.SESSION_MANAGER, otherManager), today, "REF", file));
        assertThat(refused).contains("(D9)").contains("responsable de la session");
        // roles outside the centre's staff: refused by the route rules; another centre's admin does not see it
        for (Role role : new Role[] {Role.JURY, Role.AUTHORITY, Role.PROCTOR, Role.PLATFORM_ADMIN}) {
            assertThat(record(session, f.user(role, role == Role.JURY ? f.juryA : null), today, "REF", file)
                    .getStatus()).as(role.name()).isEqualTo(403);
        }
        long otherCentre = jdbc.sql("""
                insert into centre (name, address, postal_code, city, region, email)
                values ('Autre centre', '1 rue', '76000', 'Rouen', 'Normandie', 'autre@example.org') returning id""")
                .query(Long.class).single();
        String login = "autre-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(login, Role.ADMIN, "Admin autre centre", otherCentre, null, null), "secret-pass-1");
        assertThat(record(session, accounts.loadUserByUsername(login), today, "REF", file).getStatus()).isEqualTo(404);
        assertThat(status(session)).isEqualTo(SessionStatus.TRANSMITTED);
        // not before the PVs are transmitted
        assertThat(ClosingPolicy.mayRecordOutsideValidation(true, false, null, 1L, null, SessionStatus.REPORTS_SIGNED)
                .firstRefusal().orElseThrow().rule()).isEqualTo(RuleId.D9);
    }

    @Test
    void D9_theLifecycleGivesEachValidationPathToItsPeopleOnly() {
        SessionLifecycle lifecycle = new SessionLifecycle();
        assertThat(lifecycle.canValidate(ValidationPath.AUTHORITY_IN_APP, Role.AUTHORITY).isAllowed()).isTrue();
        assertThat(lifecycle.canValidate(ValidationPath.RECORDED_BY_CENTRE, Role.ADMIN).isAllowed()).isTrue();
        assertThat(lifecycle.canValidate(ValidationPath.RECORDED_BY_CENTRE, Role.SESSION_MANAGER).isAllowed()).isTrue();
        for (Role role : Role.values()) {
            if (role != Role.AUTHORITY) {
                assertThat(lifecycle.canValidate(ValidationPath.AUTHORITY_IN_APP, role).firstRefusal().orElseThrow()
                        .rule()).as(role.name()).isEqualTo(RuleId.D9);
            }
            if (role != Role.ADMIN && role != Role.SESSION_MANAGER) {
                assertThat(lifecycle.canValidate(ValidationPath.RECORDED_BY_CENTRE, role).isRefused()).as(role.name())
                        .isTrue();
            }
        }
        assertThat(lifecycle.canValidate(ValidationPath.RECORDED_BY_CENTRE, null).isRefused()).isTrue();

        long session = transmittedSession();
        CurrentUser authority = f.current(Role.AUTHORITY, null);
        CurrentUser admin = f.current(Role.ADMIN, null);
        assertThatThrownBy(() -> gate.validated(session, ValidationPath.RECORDED_BY_CENTRE, authority))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> gate.validated(session, ValidationPath.AUTHORITY_IN_APP, admin))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> gate.validated(session, ValidationPath.RECORDED_BY_CENTRE, null))
                .isInstanceOf(RuleViolationException.class);
        // a plain status change by a logged-in user, even the authority's, does not reach VALIDATED
        UserDetails authorityLogin = f.user(Role.AUTHORITY, null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                authorityLogin, null, authorityLogin.getAuthorities()));
        try {
            assertThatThrownBy(() -> sessions.changeStatusByHand(session, SessionStatus.VALIDATED, null))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.refusals().get(0).rule()).isEqualTo(RuleId.D9));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(status(session)).isEqualTo(SessionStatus.TRANSMITTED);
    }

    // ---- helpers ----

    private MockHttpServletResponse record(long session, UserDetails who, String date, String reference,
                                           MockMultipartFile file) throws Exception {
        var request = multipart("/sessions/" + session + "/closing/outside-validation");
        if (file != null) {
            request.file(file);
        }
        return mvc.perform(request.param("receivedOn", date).param("reference", reference).with(csrf()).with(user(who)))
                .andReturn().getResponse();
    }

    /** A session of the fixture's centre, ended 20 days ago, its general PV (two candidates) transmitted. */
    private long transmittedSession() {
        LocalDate end = LocalDate.now().minusDays(20);
        String number = "HORS-" + UUID.randomUUID().toString().substring(0, 8);
        long session = jdbc.sql("""
                insert into exam_session (centre_id, title_id, type, number, start_date, end_date, manager_id, status)
                values (:c, :t, 'TITLE', :n, :start, :end, :m, 'TRANSMITTED') returning id""")
                .param("c", f.centreId).param("t", f.titleId).param("n", number).param("start", end.minusDays(1))
                .param("end", end).param("m", f.managerId).query(Long.class).single();
        long version = jdbc.sql("""
                insert into report_version (session_id, kind, version, session_number, session_type, title_id, title_code,
                  title_name, centre_id, centre_name, centre_address, centre_city, start_date, end_date, jury_composition,
                  manager_last_name, manager_first_name, content_sha256, created_by)
                values (:s, 'GENERAL', 1, :n, 'TITLE', :t, :tc, 'Titre', :c, 'Centre', 'adresse', 'Caen', :d, :d, '', 'X',
                  'Y', :sha, 'essai') returning id""")
                .param("s", session).param("n", number).param("t", f.titleId).param("tc", f.titleCode)
                .param("c", f.centreId).param("d", end).param("sha", "0".repeat(64)).query(Long.class).single();
        String[] outcomes = {"SUCCESS", "FAILURE"};
        for (int i = 0; i < outcomes.length; i++) {
            jdbc.sql("""
                    insert into report_line (report_version_id, position, candidate_id, identifier, birth_name, first_names,
                      access_route, outcome) values (:v, :p, :c, 'ID', 'NOM', 'Prénom', 'TRAINING', :o)""")
                    .param("v", version).param("p", i + 1).param("c", f.candidates.get(i)).param("o", outcomes[i])
                    .update();
        }
        long by = jdbc.sql("select id from app_user order by id limit 1").query(Long.class).single();
        jdbc.sql("""
                insert into report_transmission (session_id, region, transmitted_at, transmitted_by_id, transmitted_by,
                  due_date, on_time) values (:s, 'Normandie', now(), :u, 'Responsable', :due, true)""")
                .param("s", session).param("u", by).param("due", end.plusDays(15)).update();
        return session;
    }

    private SessionStatus status(long session) {
        return sessions.session(session).orElseThrow().summary().status();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
