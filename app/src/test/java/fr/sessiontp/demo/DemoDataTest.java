package fr.sessiontp.demo;

import static fr.sessiontp.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The demo data created at start: its content, its users, and that it is created once only. */
@SpringBootTest
class DemoDataTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoDataSeeder seeder;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    fr.sessiontp.audit.AuditLog auditTrail;

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void createsTheCentreWithItsRoomsAccreditationsAndStaff() {
        long centre = demoCentre();
        assertThat(strings("select code from room where centre_id = ? order by code", centre))
                .containsExactly("ATELIER-1", "INFO-1", "JURY-A", "JURY-B", "SALLE-1");
        assertThat(strings("select code || ':' || kind || ':' || capacity || ':' || confidential from room "
                + "where centre_id = ? and code in ('SALLE-1', 'ATELIER-1', 'JURY-A') order by code", centre))
                .containsExactly("ATELIER-1:ATELIER:2:false", "JURY-A:JURY:1:true", "SALLE-1:SALLE:12:false");
        assertThat(strings("""
                select t.code || ' ' || a.manager_first_name || ' ' || a.manager_last_name
                from accreditation a join title t on t.id = a.title_id
                where a.centre_id = ? and a.valid_from <= date '2026-03-09' and a.valid_until >= date '2027-01-14'
                order by t.code""", centre))
                .containsExactly(SC_CODE + " Hélène Marchand", TSMI_CODE + " Hélène Marchand");
        assertThat(count("select count(*) from session_manager where centre_id = ?", centre)).isEqualTo(2);
        assertThat(count("select count(*) from trainer where centre_id = ?", centre)).isEqualTo(2);
        assertThat(count("select count(*) from proctor where centre_id = ?", centre)).isEqualTo(2);
        // one person with two roles (S4 follows from it), no link typed by hand
        assertThat(strings("""
                select n.last_name from proctor p join trainer t on t.person_id = p.person_id
                join person n on n.id = p.person_id where p.centre_id = ?""", centre))
                .containsExactly(TRAINER_AND_PROCTOR.lastName());
        assertThat(count("select count(*) from person where centre_id = ?", centre)).isEqualTo(5);
        assertThat(count("select count(*) from candidate where centre_id = ?", centre)).isEqualTo(13);
    }

    @Test
    void createsJuryMembersWithHabilitationsOneExpired() {
        assertThat(count("select count(*) from jury_member j join person n on n.id = j.person_id "
                + "where n.email like '%@jury-demo.example.org' and n.centre_id is null", null))
                .isEqualTo(7);
        List<String> validOverSc = strings("""
                select n.last_name from jury_member j join person n on n.id = j.person_id
                join habilitation h on h.jury_member_id = j.id join title t on t.id = h.title_id
                where t.code = ? and h.valid_from <= ? and h.valid_until >= ? order by n.last_name""",
                SC_CODE, scStartDate(), scEndDate());
        assertThat(validOverSc).containsExactly("Giraud", "Morel", "Renaud", "Vasseur");
        // the regional directory: one proposal of the centre waits for the authority, the member habilitated for nothing
        assertThat(strings("""
                select n.last_name || ':' || t.code || ':' || coalesce(jp.decision, 'PENDING') || ':'
                       || (select count(*) from habilitation h where h.jury_member_id = j.id)
                from jury_proposal jp join jury_member j on j.id = jp.jury_member_id join person n on n.id = j.person_id
                join title t on t.id = jp.title_id where t.code = ?""", SC_CODE))
                .containsExactly(PROPOSED_JURY.lastName() + ":" + SC_CODE + ":PENDING:0");
        assertThat(strings("""
                select t.code from habilitation h join jury_member j on j.id = h.jury_member_id
                join person n on n.id = j.person_id
                join title t on t.id = h.title_id where n.last_name = ? and h.valid_until < ?""",
                EXPIRED_JURY.lastName(), scStartDate())).containsExactly(SC_CODE);
        assertThat(strings("""
                select n.last_name || '-' || c.birth_name from jury_link l join jury_member j on j.id = l.jury_member_id
                join person n on n.id = j.person_id join candidate c on c.id = l.candidate_id where c.identifier like 'DEMO-%'"""))
                .containsExactly(SC_JURY_1B.lastName() + "-" + SC_LINKED_CANDIDATE.lastName());
    }

    @Test
    void createsTheTsmiSessionOfThePlannerReferenceCase() {
        Map<String, Object> session = session(TSMI_SESSION_NUMBER);
        assertThat(session).containsEntry("code", TSMI_CODE).containsEntry("type", "TITLE")
                .containsEntry("start_date", java.sql.Date.valueOf(TSMI_START))
                .containsEntry("end_date", java.sql.Date.valueOf(TSMI_END))
                .containsEntry("manager", "Marchand").containsEntry("substitute", "Perrot");
        long id = (Long) session.get("id");
        assertThat(enrolled(id)).containsExactlyInAnyOrderElementsOf(
                TSMI_CANDIDATES.stream().map(name -> name.lastName() + " " + name.firstNames() + " @1").toList());
        assertThat(pairs(id)).containsExactly("1:Garnier+Lemaire");
        assertThat(strings("select n.last_name from session_proctor sp join proctor p on p.id = sp.proctor_id "
                + "join person n on n.id = p.person_id where sp.session_id = ?", id)).containsExactly(PROCTOR.lastName());
    }

    @Test
    void theHeldTsmiSessionWaitsForItsPvsItsExamDaysRecordedOnTheirDaysByTheirActors() {
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        java.time.LocalDate firstStart = jdbc.sql("select occurred_at from audit_entry where action = 'demo.created'")
                .query(java.sql.Timestamp.class).single().toInstant().atZone(paris).toLocalDate();
        Map<String, Object> session = session(HELD_SESSION_NUMBER);
        java.time.LocalDate start = ((java.sql.Date) session.get("start_date")).toLocalDate();
        java.time.LocalDate end = ((java.sql.Date) session.get("end_date")).toLocalDate();
        assertThat(session).containsEntry("code", TSMI_CODE).containsEntry("manager", "Marchand");
        assertThat(start).isEqualTo(heldStart(firstStart)).isBefore(end);
        assertThat(end).isEqualTo(heldEnd(firstStart)).isBefore(firstStart);
        assertThat(java.util.EnumSet.of(start.getDayOfWeek(), end.getDayOfWeek()))
                .doesNotContain(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        long id = (Long) session.get("id");
        assertThat(pairs(id)).containsExactly("1:Garnier+Lemaire");
        assertThat(enrolled(id)).containsExactlyInAnyOrderElementsOf(
                HELD_CANDIDATES.stream().map(name -> name.lastName() + " " + name.firstNames() + " @1").toList());
        // waiting for its PVs: deliberated, no PV prepared at the first start (HeldSessionBrowserTest prepares one)
        assertThat(strings("select status from exam_session where id = ?", id)).containsExactly("DELIBERATION");
        assertThat(count("""
                select count(*) from report_version where session_id = ?
                and created_at <= (select occurred_at from audit_entry where action = 'demo.created')""", id)).isZero();
        assertThat(strings("""
                select c.birth_name || ':' || d.outcome from eval_deliberation d join candidate c on c.id = d.candidate_id
                where d.session_id = ? order by c.identifier""", id))
                .containsExactly("Meunier:SUCCESS", "Roussel:SUCCESS", "Bertin:FAILURE");
        // the facts of the day, by named persons, on the first day
        assertThat(strings("""
                select fact || ' ' || recorded_by from session_fact where session_id = ?
                and (recorded_at at time zone 'Europe/Paris')::date = ? order by fact, recorded_by""", id, start))
                .containsExactly("EPREUVES_STARTED " + MANAGER.full(),
                        "JURY_MEMBER_PRESENT " + MANAGER.full(), "JURY_MEMBER_PRESENT " + MANAGER.full(),
                        "SEAL_CHECKED " + PROCTOR.full());
        // the audit trail: each step by the demo user who did it, on its day, still a sound chain
        List<String> trail = strings("""
                select to_char(occurred_at at time zone 'Europe/Paris', 'YYYY-MM-DD') || ' ' || actor || ' ' || action
                from audit_entry a where details like '%' || ? || '%' order by seq""", HELD_SESSION_NUMBER);
        assertThat(trail).contains(start + " " + PROCTOR_USER + " conduct.candidate.checkedIn",
                start + " " + PROCTOR_USER + " conduct.envelopes.sealed",
                start + " " + PROCTOR_USER + " conduct.dte.handed",
                end + " " + JURY_USER + " evaluation.outcomeConfirmed");
        assertThat(trail).filteredOn(line -> line.endsWith("conduct.candidate.checkedIn")).hasSize(3);
        assertThat(trail).filteredOn(line -> line.endsWith("evaluation.outcomeConfirmed")).hasSize(3);
        assertThat(auditTrail.verify().problems()).isEmpty();
    }

    @Test
    void createsTheSecretarySessionWithTwoPairsRespectingS3AndS4() {
        Map<String, Object> session = session(SC_SESSION_NUMBER);
        assertThat(session).containsEntry("code", SC_CODE).containsEntry("type", "TITLE");
        assertThat(scStartDate().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(scEndDate()).isEqualTo(scStartDate().plusDays(3));
        long id = (Long) session.get("id");
        assertThat(enrolled(id)).hasSize(6);
        assertThat(pairs(id)).containsExactly("1:Renaud+Morel", "2:Vasseur+Giraud");
        // S3: the candidate linked to Thierry Morel is evaluated by the other pair.
        assertThat(enrolled(id)).contains(SC_LINKED_CANDIDATE.lastName() + " " + SC_LINKED_CANDIDATE.firstNames() + " @2");
        assertThat(count("""
                select count(*) from enrolment e join jury_pair p on p.id = e.jury_pair_id
                join jury_link l on l.candidate_id = e.candidate_id and l.jury_member_id in (p.member_a_id, p.member_b_id)
                where e.session_id = ?""", id)).isZero();
        // S4: no proctor of the session trained one of its candidates.
        assertThat(count("""
                select count(*) from session_proctor sp join proctor p on p.id = sp.proctor_id
                join enrolment e on e.session_id = sp.session_id join candidate c on c.id = e.candidate_id
                join trainer t on t.id = c.trainer_id
                where sp.session_id = ? and t.person_id = p.person_id""", id)).isZero();
        // X3 and the three access routes.
        assertThat(strings("select birth_name || ':' || extra_time_percent from candidate c join enrolment e "
                + "on e.candidate_id = c.id where e.session_id = ? and extra_time_percent > 0", id))
                .containsExactly(SC_EXTRA_TIME_CANDIDATE.lastName() + ":33");
        assertThat(strings("select distinct access_route from candidate c join enrolment e on e.candidate_id = c.id "
                + "where e.session_id = ? order by 1", id)).containsExactly("EQUIVALENCE", "TRAINING", "VAE");
    }

    @Test
    void secretaryTitleHasItsFourCcpsWithCompetences() {
        List<String> ccps = strings("""
                select c.code || ':' || count(k.id) from certificate c join title t on t.id = c.title_id
                left join competence k on k.certificate_id = c.id where t.code = ? group by c.code, c.position
                order by c.position""", SC_CODE);
        assertThat(ccps).hasSize(4).allSatisfy(ccp -> assertThat(Integer.parseInt(ccp.substring(10))).isBetween(2, 4));
        assertThat(ccps).extracting(ccp -> ccp.substring(0, 9))
                .containsExactly("CP-002498", "CP-002499", "CP-002500", "CP-002501");
        assertThat(strings("select c.name from certificate c where c.code = 'CP-002500'"))
                .containsExactly("Assurer les travaux courants de comptabilité");
        assertThat(strings("""
                select e.code from epreuve_template e join title t on t.id = e.title_id
                where t.code = ? and e.room_kind = 'INFORMATIQUE' and e.presence = 'SURVEILLANT'""", SC_CODE))
                .containsExactly("MSP");
    }

    @Test
    void tsmiEpreuvesAndJuryTasksAreThoseOfSeedTsmiJson() throws Exception {
        JsonNode seed;
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-tsmi.json")) {
            seed = new ObjectMapper().readTree(in);
        }
        List<String> expectedEpreuves = new ArrayList<>();
        for (JsonNode e : seed.get("epreuves")) {
            expectedEpreuves.add(String.join("|", e.get("id").asString(), e.get("label").asString(),
                    e.get("minutes").asString(), e.get("grouping").asString(),
                    e.has("groupSize") ? e.get("groupSize").asString() : "null", e.get("roomKind").asString(),
                    e.get("presence").asString(), list(e.get("after")), list(e.get("afterJuryTasks"))));
        }
        List<String> epreuves = jdbc.sql("""
                        select e.* from epreuve_template e join title t on t.id = e.title_id
                        where t.code = ? and e.session_type = 'TITLE' order by e.position""")
                .param(TSMI_CODE)
                .query((rs, row) -> String.join("|", rs.getString("code"), rs.getString("label"),
                        rs.getString("minutes"), rs.getString("grouping"), String.valueOf(rs.getObject("group_size")),
                        rs.getString("room_kind"), rs.getString("presence"),
                        String.join(",", (String[]) rs.getArray("after_epreuves").getArray()),
                        String.join(",", (String[]) rs.getArray("after_jury_tasks").getArray())))
                .list();
        assertThat(epreuves).containsExactlyElementsOf(expectedEpreuves);

        List<String> expectedTasks = new ArrayList<>();
        for (JsonNode t : seed.get("juryTasks")) {
            expectedTasks.add(String.join("|", t.get("id").asString(), t.get("label").asString(),
                    t.get("minutes").asString(), t.get("roomKind").asString(), list(t.get("afterEpreuves")),
                    list(t.get("beforeEpreuves"))));
        }
        List<String> tasks = jdbc.sql("""
                        select j.* from jury_task_template j join title t on t.id = j.title_id
                        where t.code = ? and j.session_type = 'TITLE' order by j.position""")
                .param(TSMI_CODE)
                .query((rs, row) -> String.join("|", rs.getString("code"), rs.getString("label"),
                        rs.getString("minutes"), rs.getString("room_kind"),
                        String.join(",", (String[]) rs.getArray("after_epreuves").getArray()),
                        String.join(",", (String[]) rs.getArray("before_epreuves").getArray())))
                .list();
        assertThat(tasks).containsExactlyElementsOf(expectedTasks);

        // The seed's people are the TSMI session's.
        assertThat(seed.get("responsable").get("name").asString()).isEqualTo(MANAGER.full());
        assertThat(seed.get("surveillants").get(0).get("name").asString()).isEqualTo(PROCTOR.full());
        assertThat(seed.get("jury").get(0).get("name").asString()).isEqualTo(TSMI_JURY_A.full());
        assertThat(seed.get("jury").get(1).get("name").asString()).isEqualTo(TSMI_JURY_B.full());
        assertThat(seed.get("sessionId").asString()).isEqualTo(TSMI_SESSION_NUMBER);
    }

    @Test
    void everyDemoUserAuthenticatesWithTheGeneratedPasswordAndActsForTheRightCentrePersonOrRegion() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        long centre = demoCentre();
        assertThat(accounts.all()).extracting(DemoAccount::username).contains(SECOND_JURY_USER);
        assertThat(accounts.all().stream().filter(a -> !a.username().equals(SECOND_JURY_USER)))
                .extracting(DemoAccount::role).containsExactly(Role.interactive());
        for (Role role : Role.interactive()) {
            DemoAccount account = accounts.of(role);
            assertThat(account.username()).isEqualTo(username(role));
            assertThat(account.password()).matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}");
            Authentication authentication = provider.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(account.username(), account.password()));
            SecurityContextHolder.getContext().setAuthentication(authentication);
            CurrentUser user = UserAccounts.current().orElseThrow();
            assertThat(user.role()).isEqualTo(role);
            switch (role) {
                case ADMIN -> assertThat(user.centreId()).isEqualTo(centre);
                case SESSION_MANAGER -> assertPerson(user, centre, "session_manager", MANAGER);
                case JURY -> {
                    assertThat(user.centreId()).isNull();
                    assertThat(lastName("jury_member", user.personId())).isEqualTo(TSMI_JURY_A.lastName());
                }
                case PROCTOR -> assertPerson(user, centre, "proctor", PROCTOR);
                case TRAINER -> assertPerson(user, centre, "trainer", TRAINER_AND_PROCTOR);
                case AUTHORITY -> assertThat(user.region()).isEqualTo(REGION);
                case API_CLIENT -> throw new AssertionError("no demo login for API clients");
            }
        }
        // the second member of the TSMI pair, to sign PVs in the browser (D6, D7)
        DemoAccount second = accounts.all().stream().filter(a -> a.username().equals(SECOND_JURY_USER)).findFirst()
                .orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(second.username(), second.password())));
        CurrentUser lemaire = UserAccounts.current().orElseThrow();
        assertThat(lemaire.role()).isEqualTo(Role.JURY);
        assertThat(lastName("jury_member", lemaire.personId())).isEqualTo(TSMI_JURY_B.lastName());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> provider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(ADMIN_USER, "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void credentialsFileIsReadableByItsOwnerOnlyAndPrintedInFrench() throws Exception {
        assertThat(accounts.file()).exists();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(accounts.file())))
                    .isEqualTo("rw-------");
        }
        String block = new DemoStartup(true, seeder, accounts).accountsBlock(accounts.all());
        assertThat(block).contains("Comptes de démonstration : identifiant / mot de passe / rôle")
                .contains("responsable de session").contains("DREETS / DDETS");
        accounts.all().forEach(account -> assertThat(block).contains(account.username()).contains(account.password()));
    }

    @Test
    void aSecondRunCreatesNothingAndKeepsThePasswords() {
        List<String> tables = List.of("centre", "room", "title", "certificate", "competence", "epreuve_template",
                "jury_task_template", "accreditation", "session_manager", "trainer", "proctor", "jury_member",
                "habilitation", "candidate", "jury_link", "exam_session", "jury_pair", "enrolment", "session_proctor",
                "app_user");
        Map<String, Long> before = counts(tables);
        List<DemoAccount> accountsBefore = accounts.all();

        assertThat(seeder.seedIfEmpty()).isFalse();
        new DemoStartup(true, seeder, accounts).run(null);

        // Other test classes may add rows meanwhile, never demo rows: compare the demo rows.
        assertThat(count("select count(*) from centre where name = ?", CENTRE_NAME)).isEqualTo(1);
        assertThat(count("select count(*) from exam_session where number in (?, ?, ?)", TSMI_SESSION_NUMBER,
                SC_SESSION_NUMBER, HELD_SESSION_NUMBER)).isEqualTo(3);
        assertThat(count("select count(*) from title where code in (?, ?)", TSMI_CODE, SC_CODE)).isEqualTo(2);
        assertThat(count("select count(*) from candidate where identifier like 'DEMO-%'", null)).isEqualTo(13);
        assertThat(accounts.all()).isEqualTo(accountsBefore);
        assertThat(counts(tables).get("centre")).isGreaterThanOrEqualTo(before.get("centre"));
    }

    @Test
    void disabledDemoSeedsNothing() {
        AtomicInteger calls = new AtomicInteger();
        DemoDataSeeder spy = new DemoDataSeeder(null, null, null, null, null, null) {
            @Override
            public boolean seedIfEmpty() {
                calls.incrementAndGet();
                return true;
            }
        };
        new DemoStartup(false, spy, accounts).run(null);
        assertThat(calls).hasValue(0);
        new DemoStartup(true, spy, accounts).run(null);
        assertThat(calls).hasValue(1);
    }

    @Test
    void theCreationIsRecordedInTheAuditTrail() {
        assertThat(strings("select actor || ' ' || action || ' ' || subject_type || ' ' || details from audit_entry "
                + "where action = 'demo.created'"))
                .singleElement().asString()
                .startsWith("système demo.created centre Données de démonstration créées")
                .contains(TSMI_SESSION_NUMBER, SC_SESSION_NUMBER, HELD_SESSION_NUMBER);
    }

    @Test
    void generatedPasswordsAreRandomAndReadable() {
        List<String> passwords = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            passwords.add(DemoAccounts.newPassword());
        }
        assertThat(passwords).doesNotHaveDuplicates()
                .allSatisfy(password -> assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}"));
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    private void assertPerson(CurrentUser user, long centre, String table, DemoData.Name name) {
        assertThat(user.centreId()).isEqualTo(centre);
        assertThat(lastName(table, user.personId())).isEqualTo(name.lastName());
    }

    private String lastName(String table, Long id) {
        return jdbc.sql("select n.last_name from " + table + " x join person n on n.id = x.person_id where x.id = ?").param(id).query(String.class).single();
    }

    private long demoCentre() {
        return jdbc.sql("select id from centre where name = ?").param(CENTRE_NAME).query(Long.class).single();
    }

    /**
     * The Secrétaire comptable session is dated from the first start (the day the demo was created): next month, never in
     * the past, with the 30 days the convocations need (X4).
     */
    @Test
    void theSecretarySessionIsDatedFromTheFirstStartNeverInThePast() {
        java.time.LocalDate firstStart = jdbc.sql("select (min(occurred_at) at time zone 'UTC')::date from audit_entry "
                + "where action = 'demo.created'").query(java.time.LocalDate.class).single();
        assertThat(scStartDate()).isEqualTo(scStart(firstStart)).isAfterOrEqualTo(firstStart.plusDays(35))
                .isBefore(firstStart.plusDays(42)).isAfter(java.time.LocalDate.now());
        assertThat(scStart(java.time.LocalDate.of(2026, 12, 4))).isEqualTo(java.time.LocalDate.of(2027, 1, 11));
        assertThat(scStart(java.time.LocalDate.of(2030, 6, 3))).isEqualTo(java.time.LocalDate.of(2030, 7, 8));
        assertThat(scEnd(java.time.LocalDate.of(2030, 6, 3))).isEqualTo(java.time.LocalDate.of(2030, 7, 11));
        assertThat(count("select count(*) from accreditation a join title t on t.id = a.title_id where t.code = ? "
                + "and a.valid_until >= ?", SC_CODE, scEndDate())).isPositive();
    }

    private java.time.LocalDate scStartDate() {
        return ((java.sql.Date) session(SC_SESSION_NUMBER).get("start_date")).toLocalDate();
    }

    private java.time.LocalDate scEndDate() {
        return ((java.sql.Date) session(SC_SESSION_NUMBER).get("end_date")).toLocalDate();
    }

    private Map<String, Object> session(String number) {
        return jdbc.sql("""
                        select s.id, s.type, s.start_date, s.end_date, t.code, mp.last_name as manager, sp.last_name as substitute
                        from exam_session s join title t on t.id = s.title_id join session_manager m on m.id = s.manager_id
                        join person mp on mp.id = m.person_id
                        left join session_manager sub on sub.id = s.substitute_id left join person sp on sp.id = sub.person_id
                        where s.number = ?""")
                .param(number).query().singleRow();
    }

    private List<String> enrolled(long session) {
        return strings("""
                select c.birth_name || ' ' || c.first_names || ' @' || p.position from enrolment e
                join candidate c on c.id = e.candidate_id join jury_pair p on p.id = e.jury_pair_id
                where e.session_id = ?""", session);
    }

    private List<String> pairs(long session) {
        return strings("""
                select p.position || ':' || pa.last_name || '+' || pb.last_name from jury_pair p
                join jury_member a on a.id = p.member_a_id join jury_member b on b.id = p.member_b_id
                join person pa on pa.id = a.person_id join person pb on pb.id = b.person_id
                where p.session_id = ? order by p.position""", session);
    }

    private List<String> strings(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object param : params) {
            spec = spec.param(param);
        }
        return spec.query(String.class).list();
    }

    private long count(String sql, Object param, Object... more) {
        var spec = jdbc.sql(sql);
        if (param != null) {
            spec = spec.param(param);
        }
        for (Object p : more) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }

    private Map<String, Long> counts(List<String> tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.forEach(table -> counts.put(table, count("select count(*) from " + table, null)));
        return counts;
    }

    private static String list(JsonNode array) {
        if (array == null) {
            return "";
        }
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return String.join(",", values);
    }
}
