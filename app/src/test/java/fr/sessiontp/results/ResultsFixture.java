package fr.sessiontp.results;

import fr.sessiontp.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A closed session made with plain SQL, unique every time: its own centre, a title of two CCPs and one CCS, one jury
 * pair, five candidates with decided outcomes (success, partial success, failure after VAE, absence, failure after
 * training), and a general PV version 1 frozen from those outcomes, signed by both jury members and countersigned.
 * Tests change one thing (an outcome, a signature, the status) to see the check, the board or the deadlines react.
 */
final class ResultsFixture {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000);

    static final LocalDate START = LocalDate.of(2026, 3, 9);
    static final LocalDate END = LocalDate.of(2026, 3, 12);

    record Person(long id, String identifier, String birthName, String usageName, String firstNames, String route,
                  LocalDate birthDate, String outcome, List<String> codes) {
    }

    final JdbcClient jdbc;
    final long n = COUNTER.incrementAndGet();
    final long centreId;
    final long titleId;
    final String titleCode;
    final String ccp1;
    final String ccp2;
    final String ccs;
    final long managerId;
    final long juryA;
    final long juryB;
    long sessionId;
    String sessionNumber;
    long pairId;
    final Map<String, Person> candidates = new LinkedHashMap<>();

    ResultsFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        centreId = jdbc.sql("""
                insert into centre (name, address, postal_code, city, region, email)
                values (:name, '5 rue des Résultats', '35000', 'Rennes', 'Bretagne', 'resultats@example.org') returning id""")
                .param("name", "Centre résultats " + n).query(Long.class).single();
        titleCode = "TP-R" + n;
        titleId = jdbc.sql("insert into title (code, name, re_version, valid_from) values (:c, :n, 'RE-1', date '2020-01-01') returning id")
                .param("c", titleCode).param("n", "Agent de maintenance " + n).query(Long.class).single();
        ccp1 = certificate("CCP", "CP-R" + n + "1", "Maintenir les équipements", 1);
        ccp2 = certificate("CCP", "CP-R" + n + "2", "Dépanner les installations", 2);
        ccs = certificate("CCS", "CS-R" + n, "Spécialisation froid", 3);
        managerId = jdbc.sql("with p as (insert into person (centre_id, last_name, first_name) values (:c, 'ROUX', 'Agnès') returning id) "
                        + "insert into session_manager (centre_id, person_id) select :c, id from p returning id")
                .param("c", centreId).query(Long.class).single();
        juryA = jury("VASSEUR" + n, "Jeanne");
        juryB = jury("PICARD" + n, "Olivier");
    }

    /** The standard closed session: five candidates, outcomes decided, PV v1 signed and countersigned. */
    ResultsFixture standard(String status) {
        session("TITLE", status, START, END);
        candidate("LEFORT", null, "Kévin", "TRAINING", LocalDate.of(1990, 5, 14), "SUCCESS", List.of(ccp1, ccp2));
        candidate("HADDAD", "MARTIN", "Yanis", "TRAINING", LocalDate.of(1988, 1, 2), "PARTIAL_SUCCESS", List.of(ccp1));
        candidate("RIGAUD", null, "Manon", "VAE", null, "FAILURE", List.of());
        candidate("BLANC", null, "Julie", "TRAINING", LocalDate.of(2000, 12, 31), "ABSENT", List.of());
        candidate("NOËL", null, "Chloé", "TRAINING", LocalDate.of(1999, 7, 1), "FAILURE", List.of());
        return this;
    }

    ResultsFixture session(String type, String status, LocalDate start, LocalDate end) {
        sessionNumber = "R" + n + "-" + COUNTER.incrementAndGet();
        sessionId = jdbc.sql("""
                insert into exam_session (centre_id, title_id, type, number, start_date, end_date, manager_id, status)
                values (:c, :t, :type, :n, :s, :e, :m, :status) returning id""")
                .param("c", centreId).param("t", titleId).param("type", type).param("n", sessionNumber)
                .param("s", start).param("e", end).param("m", managerId).param("status", status)
                .query(Long.class).single();
        pairId = jdbc.sql("insert into jury_pair (session_id, member_a_id, member_b_id, position) values (:s, :a, :b, 1) returning id")
                .param("s", sessionId).param("a", juryA).param("b", juryB).query(Long.class).single();
        return this;
    }

    /** A new candidate of the centre, enrolled, with the jury's decided outcome. */
    Person candidate(String birth, String usage, String first, String route, LocalDate birthDate, String outcome,
                     List<String> codes) {
        String identifier = "R" + n + "-" + birth;
        long id = jdbc.sql("""
                insert into candidate (centre_id, identifier, birth_name, usage_name, first_names, birth_date, access_route)
                values (:c, :i, :b, :u, :f, :d, :r) returning id""")
                .param("c", centreId).param("i", identifier).param("b", birth).param("u", usage).param("f", first)
                .param("d", birthDate).param("r", route).query(Long.class).single();
        Person p = new Person(id, identifier, birth, usage, first, route, birthDate, outcome, codes);
        enrolAndDecide(p, outcome, codes);
        return p;
    }

    /** An existing candidate enrolled in this fixture's current session with a decided outcome. */
    Person enrolAndDecide(Person p, String outcome, List<String> codes) {
        jdbc.sql("insert into enrolment (session_id, candidate_id, jury_pair_id) values (:s, :c, :p)")
                .param("s", sessionId).param("c", p.id()).param("p", pairId).update();
        Person decided = new Person(p.id(), p.identifier(), p.birthName(), p.usageName(), p.firstNames(), p.route(),
                p.birthDate(), outcome, codes);
        if (outcome != null) {
            decide(decided, outcome, codes);
        }
        candidates.put(p.birthName(), decided);
        return decided;
    }

    /** Records (or changes) the jury's decided outcome, as the deliberation page would. */
    void decide(Person p, String outcome, List<String> codes) {
        jdbc.sql("""
                insert into eval_deliberation (session_id, candidate_id, outcome, awarded_codes, recommendations, updated_by)
                values (:s, :c, :o, :codes, 'Retravailler le dépannage', :j)
                on conflict (session_id, candidate_id) do update set outcome = excluded.outcome,
                  awarded_codes = excluded.awarded_codes""")
                .param("s", sessionId).param("c", p.id()).param("o", outcome).param("codes", codes.toArray(String[]::new))
                .param("j", juryA).update();
    }

    /** Freezes the general PV from the candidates as they are now (as decided), and returns its version id. */
    long generalReport(int version, boolean juryA, boolean juryB, boolean manager) {
        long versionId = jdbc.sql("""
                insert into report_version (session_id, kind, version, session_number, session_type, title_id, title_code,
                  title_name, centre_id, centre_name, centre_address, centre_city, start_date, end_date, jury_composition,
                  manager_last_name, manager_first_name, content_sha256, created_by)
                select s.id, 'GENERAL', :v, s.number, s.type, t.id, t.code, t.name, c.id, c.name, c.address, c.city,
                  s.start_date, s.end_date, 'Binôme 1 : VASSEUR Jeanne, PICARD Olivier', 'ROUX', 'Agnès', :sha, 'test'
                from exam_session s join title t on t.id = s.title_id join centre c on c.id = s.centre_id
                where s.id = :s returning id""")
                .param("v", version).param("sha", "%064d".formatted(n * 10 + version)).param("s", sessionId)
                .query(Long.class).single();
        int position = 1;
        for (Person p : candidates.values()) {
            jdbc.sql("""
                    insert into report_line (report_version_id, position, candidate_id, identifier, birth_name, usage_name,
                      first_names, access_route, pair_position, outcome, awarded_codes)
                    values (:v, :pos, :c, :i, :b, :u, :f, :r, 1, :o, :codes)""")
                    .param("v", versionId).param("pos", position++).param("c", p.id()).param("i", p.identifier())
                    .param("b", p.birthName()).param("u", p.usageName() == null ? "" : p.usageName())
                    .param("f", p.firstNames()).param("r", p.route()).param("o", p.outcome())
                    .param("codes", p.codes().toArray(String[]::new)).update();
        }
        int seq = 1;
        if (juryA) {
            sign(versionId, seq++, "JURY", this.juryA, "VASSEUR Jeanne");
        }
        if (juryB) {
            sign(versionId, seq++, "JURY", this.juryB, "PICARD Olivier");
        }
        if (manager) {
            sign(versionId, seq, "MANAGER", managerId, "ROUX Agnès");
        }
        return versionId;
    }

    /** The usual PV: version 1, signed by the pair and countersigned. */
    ResultsFixture signedReport() {
        generalReport(1, true, true, true);
        return this;
    }

    private void sign(long versionId, int seq, String kind, long person, String name) {
        jdbc.sql("""
                insert into report_signature (report_version_id, seq, signer_kind, person_id, user_id, signer_name,
                  signed_at, content_sha256, sealed_pdf, sealed_sha256)
                values (:v, :seq, :k, :p, 0, :n, now(), :sha, :pdf, :sha)""")
                .param("v", versionId).param("seq", seq).param("k", kind).param("p", person).param("n", name)
                .param("sha", "0".repeat(64)).param("pdf", "%PDF-1.7 test".getBytes()).update();
    }

    void status(String status) {
        jdbc.sql("update exam_session set status = :st where id = :s").param("st", status).param("s", sessionId).update();
    }

    Person person(String birthName) {
        return candidates.get(birthName);
    }

    /** A user of the centre (or of another centre) for MockMvc's {@code user(...)}. */
    org.springframework.security.core.userdetails.UserDetails user(fr.sessiontp.security.UserAccounts accounts,
                                                                   Role role, Long centre) {
        String username = "results-" + role.name().toLowerCase() + "-" + n + "-" + COUNTER.incrementAndGet();
        jdbc.sql("""
                insert into app_user (username, password_hash, role, display_name, centre_id, person_id, region)
                values (:u, '{noop}unused', :r, :d, :c, :p, 'Bretagne')""")
                .param("u", username).param("r", role.name()).param("d", "Utilisateur " + role).param("c", centre)
                .param("p", role == Role.SESSION_MANAGER ? Long.valueOf(managerId) : role == Role.JURY ? Long.valueOf(juryA) : null).update();
        return accounts.loadUserByUsername(username);
    }

    private String certificate(String kind, String code, String name, int position) {
        jdbc.sql("insert into certificate (title_id, kind, code, name, position) values (:t, :k, :c, :n, :p)")
                .param("t", titleId).param("k", kind).param("c", code).param("n", name).param("p", position).update();
        return code;
    }

    private long jury(String last, String first) {
        return jdbc.sql("""
                with p as (insert into person (last_name, first_name, email) values (:l, :f, :e) returning id)
                insert into jury_member (person_id, profession, region)
                select id, 'Technicien frigoriste', 'Bretagne' from p returning id""")
                .param("l", last).param("f", first).param("e", last.toLowerCase() + "@example.org")
                .query(Long.class).single();
    }

    List<Long> ids() {
        return new ArrayList<>(candidates.values().stream().map(Person::id).toList());
    }
}
