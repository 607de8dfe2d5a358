package fr.sessiontp.evaluation;

import fr.sessiontp.common.RuleId;
import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.application.OpeningDay;
import fr.sessiontp.conduct.domain.Step;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import fr.sessiontp.TestClock;
import fr.sessiontp.session.SessionGate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A small fictitious session made with plain SQL, unique every time: a centre accredited for a title of two CCPs with
 * two competences each, a responsable, one jury pair (plus a second pair for the general PV), three candidates
 * (training, training, VAE) and users for each person.
 */
public final class EvaluationFixtures {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000);

    public final long centreId;
    public final long titleId;
    public final String titleCode;
    public final List<String> ccpCodes = new ArrayList<>();
    public final List<List<Long>> competences = new ArrayList<>();
    public final long managerId;
    public final long sessionId;
    public final String sessionNumber;
    public final long pair1;
    public final long pair2;
    public final long juryA;
    public final long juryB;
    public final long juryC;
    public final long juryD;
    /** candidates: 0 and 1 evaluated by pair 1 (training), 2 by pair 2 (VAE). */
    public final List<Long> candidates = new ArrayList<>();
    private final JdbcClient jdbc;
    private final UserAccounts accounts;

    public EvaluationFixtures(JdbcClient jdbc, UserAccounts accounts, String type, String accreditationManagerLastName) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        long n = COUNTER.incrementAndGet();
        centreId = sharedCentre(jdbc);
        titleCode = "TP-E" + n;
        titleId = jdbc.sql("""
                insert into title (code, name, re_version, valid_from) values (:c, :n, 'RE-1', date '2020-01-01') returning id""")
                .param("c", titleCode).param("n", "Titre d'essai " + n).query(Long.class).single();
        for (int i = 1; i <= 2; i++) {
            String code = "CP-E" + n + i;
            long cert = jdbc.sql("insert into certificate (title_id, kind, code, name, position) values (:t, 'CCP', :c, :n, :p) returning id")
                    .param("t", titleId).param("c", code).param("n", "Bloc de compétences " + i).param("p", i)
                    .query(Long.class).single();
            ccpCodes.add(code);
            List<Long> ks = new ArrayList<>();
            for (int k = 1; k <= 2; k++) {
                ks.add(jdbc.sql("insert into competence (certificate_id, label, position) values (:c, :l, :p) returning id")
                        .param("c", cert).param("l", "Compétence " + i + "." + k).param("p", k).query(Long.class).single());
            }
            competences.add(ks);
        }
        for (String t : List.of("TITLE", "CCP")) {
            jdbc.sql("""
                    insert into epreuve_template (title_id, session_type, code, label, kind, minutes, grouping, presence, room_kind, position)
                    values (:t, :s, 'MSP', 'Mise en situation professionnelle', 'MSP', 120, 'INDIVIDUAL', 'JURY', 'ATELIER', 1),
                           (:t, :s, 'EF', 'Entretien final', 'ENTRETIEN', 20, 'INDIVIDUAL', 'JURY', 'SALLE', 2)""")
                    .param("t", titleId).param("s", t).update();
        }
        jdbc.sql("""
                insert into accreditation (centre_id, title_id, number, valid_from, valid_until, manager_last_name, manager_first_name)
                values (:c, :t, :n, date '2024-01-01', date '2030-12-31', :l, 'Hélène')""")
                .param("c", centreId).param("t", titleId).param("n", "AGR-" + n).param("l", accreditationManagerLastName).update();
        managerId = jdbc.sql("with p as (insert into person (centre_id, last_name, first_name) values (:c, 'MARCHAND', 'Hélène') returning id) "
                        + "insert into session_manager (centre_id, person_id) select :c, id from p returning id")
                .param("c", centreId).query(Long.class).single();
        juryA = jury("GARNIER", "Paul", n);
        juryB = jury("LEMAIRE", "Sophie", n);
        juryC = jury("RENAUD", "Isabelle", n);
        juryD = jury("MOREL", "Thierry", n);
        for (long member : List.of(juryA, juryB, juryC, juryD)) {
            habilitate(member);
        }
        sessionNumber = "E" + n;
        sessionId = jdbc.sql("""
                insert into exam_session (centre_id, title_id, type, number, start_date, end_date, manager_id)
                values (:c, :t, :type, :n, :start, :end, :m) returning id""")
                .param("c", centreId).param("t", titleId).param("type", type).param("n", sessionNumber).param("m", managerId)
                .param("start", START).param("end", END)
                .query(Long.class).single();
        pair1 = pair(juryA, juryB, 1);
        pair2 = pair(juryC, juryD, 2);
        candidates.add(candidate("LEFORT", null, "Kévin", "TRAINING", pair1, n));
        candidates.add(candidate("HADDAD", "MARTIN", "Yanis", "TRAINING", pair1, n));
        candidates.add(candidate("RIGAUD", null, "Manon", "VAE", pair2, n));
    }

    private static String passwordHash;

    /** Users share one password hash (hashing costs about 0.1-0.3 s each): the first is created the normal way. */
    private long insertUser(NewUser user) {
        synchronized (EvaluationFixtures.class) {
            if (passwordHash == null) {
                long id = accounts.create(user, "secret-pass-1");
                passwordHash = jdbc.sql("select password_hash from app_user where id = :id").param("id", id)
                        .query(String.class).single();
                return id;
            }
        }
        return jdbc.sql("""
                insert into app_user (username, password_hash, role, display_name, centre_id, person_id, region)
                values (:u, :h, :r, :d, :c, :p, :g) returning id""")
                .param("u", user.username()).param("h", passwordHash).param("r", user.role().name())
                .param("d", user.displayName()).param("c", user.centreId()).param("p", user.personId())
                .param("g", user.region()).query(Long.class).single();
    }

    private static Long sharedCentre;

    /** One centre for every fixture of the JVM's database: its seal key is created once (RSA 3072 takes a while). */
    private static synchronized long sharedCentre(JdbcClient jdbc) {
        // a test on a database of its own (backup and restore) does not find the JVM's shared centre there
        if (sharedCentre == null || jdbc.sql("select count(*) from centre where id = :id").param("id", sharedCentre)
                .query(Long.class).single() == 0) {
            sharedCentre = jdbc.sql("""
                    insert into centre (name, address, postal_code, city, region, email)
                    values (:name, '3 allée des Essais', '14000', 'Caen', 'Normandie', 'centre@example.org') returning id""")
                    .param("name", "Centre évaluation " + COUNTER.incrementAndGet()).query(Long.class).single();
        }
        return sharedCentre;
    }

    private long jury(String last, String first, long n) {
        return jdbc.sql("""
                with p as (insert into person (last_name, first_name, email) values (:l, :f, :e) returning id)
                insert into jury_member (person_id, profession, region)
                select id, 'Technicien de maintenance', 'Normandie' from p returning id""")
                .param("l", last).param("f", first).param("e", last.toLowerCase() + n + "@example.org")
                .query(Long.class).single();
    }

    private void habilitate(long juryMember) {
        jdbc.sql("insert into habilitation (jury_member_id, title_id, valid_from, valid_until) values (:j, :t, :f, :u)")
                .param("j", juryMember).param("t", titleId).param("f", LocalDate.of(2025, 1, 1))
                .param("u", LocalDate.of(2030, 12, 31)).update();
    }

    /** The session's first day: 9 March 2026; its last day: 10 March 2026. */
    public static final LocalDate START = LocalDate.of(2026, 3, 9);
    public static final LocalDate END = LocalDate.of(2026, 3, 10);

    /**
     * J1 through the conduct module's use cases on the session's first day (the application's clock set to it): the
     * session is convened and opened, every reception item is recorded and each jury member, present, confirms having
     * no link with their candidates. The épreuves have not started.
     */
    public EvaluationFixtures receptionOnly(SessionGate gate, OpeningDay opening, JuryReception reception) {
        TestClock.setDay(START);
        gate.convene(sessionId);
        opening.open(sessionId);
        for (Step step : Step.of(RuleId.J1)) {
            reception.recordItem(sessionId, step);
        }
        for (long member : List.of(juryA, juryB, juryC, juryD)) {
            reception.confirmNoLink(sessionId, member);
        }
        return this;
    }

    /**
     * {@link #receptionOnly}, then the first candidate checked in witnesses the sealed envelopes (O3) and the épreuves
     * start; the clock moves to the session's last day, when the jury deliberates. Evaluation may start afterwards.
     */
    public EvaluationFixtures receptionComplete(SessionGate gate, OpeningDay opening, JuryReception reception) {
        receptionOnly(gate, opening, reception);
        opening.checkIn(sessionId, candidates.get(0), true, true, true);
        opening.checkEnvelopes(sessionId, true, candidates.get(0), null);
        opening.startEpreuves(sessionId);
        TestClock.setDay(END);
        return this;
    }

    private long pair(long a, long b, int position) {
        return jdbc.sql("insert into jury_pair (session_id, member_a_id, member_b_id, position) values (:s, :a, :b, :p) returning id")
                .param("s", sessionId).param("a", a).param("b", b).param("p", position).query(Long.class).single();
    }

    private long candidate(String birth, String usage, String first, String route, long pair, long n) {
        long id = jdbc.sql("""
                insert into candidate (centre_id, identifier, birth_name, usage_name, first_names, access_route)
                values (:c, :i, :b, :u, :f, :r) returning id""")
                .param("c", centreId).param("i", "ID" + n + birth.charAt(0)).param("b", birth).param("u", usage)
                .param("f", first).param("r", route).query(Long.class).single();
        jdbc.sql("insert into enrolment (session_id, candidate_id, jury_pair_id) values (:s, :c, :p)")
                .param("s", sessionId).param("c", id).param("p", pair).update();
        return id;
    }

    /** A logged-in user acting for a person (jury member or session manager) or the centre. */
    public UserDetails user(Role role, Long personId) {
        return accounts.loadUserByUsername(create(role, personId).username());
    }

    public CurrentUser current(Role role, Long personId) {
        return create(role, personId);
    }

    private CurrentUser create(Role role, Long personId) {
        String username = "eval-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Long centre = role == Role.JURY ? null : centreId;
        long id = insertUser(new NewUser(username, role, "Utilisateur " + username, centre, personId, "Normandie"));
        return new CurrentUser(id, username, "Utilisateur " + username, role, centre, personId, "Normandie");
    }

    public long competence(int ccp, int index) {
        return competences.get(ccp).get(index);
    }
}
