package fr.sessiontp.session;

import fr.sessiontp.centre.Centres;
import fr.sessiontp.centre.NewAccreditation;
import fr.sessiontp.centre.NewCentre;
import fr.sessiontp.centre.RoomDetails;
import fr.sessiontp.referential.CertificateKind;
import fr.sessiontp.referential.EpreuveGrouping;
import fr.sessiontp.referential.NewTitle;
import fr.sessiontp.referential.Presence;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds a small world for one test with unique codes and numbers (the test database is shared): a title, a centre
 * accredited for it, people rows inserted with plain SQL, and users.
 */
public class SessionFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger(60000 + (int) (System.nanoTime() % 20000));

    public static final LocalDate START = LocalDate.of(2027, 3, 8);
    public static final LocalDate END = LocalDate.of(2027, 3, 10);

    private final JdbcClient jdbc;
    private final Referential referential;
    private final Centres centres;
    private final UserAccounts accounts;

    public final int n = COUNTER.incrementAndGet();
    public final String region = "Région " + n;
    public long titleId;
    public String titleCode;
    public long centreId;
    public long managerId;
    public long substituteId;

    public SessionFixture(JdbcClient jdbc, Referential referential, Centres centres, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.referential = referential;
        this.centres = centres;
        this.accounts = accounts;
    }

    /** A title, a centre accredited for it in 2027, a responsable and a substitute. */
    public SessionFixture build() {
        titleCode = "TP-" + n;
        titleId = referential.createTitle(title(titleCode, "Secrétaire comptable " + n, n));
        centreId = centres.createCentre(new NewCentre("Centre " + n, "1 rue des Tests", "75001", "Paris", region, null));
        centres.addAccreditation(centreId, new NewAccreditation(titleId, "AGR-" + n, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), "Martin", "Claire"));
        centres.addRoom(centreId, new RoomDetails("S1", "Salle 1", "SALLE", 12, false));
        centres.addRoom(centreId, new RoomDetails("J1", "Salle du jury", "JURY", 4, true));
        managerId = manager("Martin", "Claire");
        substituteId = manager("Durand", "Paul");
        return this;
    }

    public static NewTitle title(String code, String name, int n) {
        return new NewTitle(code, name, "RE v" + n, LocalDate.of(2024, 1, 1), null, false, false,
                List.of(new NewTitle.NewCertificate(CertificateKind.CCP, String.format("CP-%06d", n * 10 + 1),
                                "Assurer les travaux courants de secrétariat", List.of("Produire des documents", "Accueillir")),
                        new NewTitle.NewCertificate(CertificateKind.CCP, String.format("CP-%06d", n * 10 + 2),
                                "Assurer les travaux courants de comptabilité", List.of("Comptabiliser les documents"))),
                List.of(new NewTitle.NewEpreuve(SessionType.TITLE, "MSP", "Mise en situation professionnelle",
                                "MSP", 180, EpreuveGrouping.ALL, null, Presence.SURVEILLANT, "INFORMATIQUE", List.of(), List.of()),
                        new NewTitle.NewEpreuve(SessionType.TITLE, "EF", "Entretien final", "EF", 20,
                                EpreuveGrouping.INDIVIDUAL, null, Presence.JURY, "SALLE", List.of("MSP"), List.of("BRIEFING"))),
                List.of(new NewTitle.NewJuryTask(SessionType.TITLE, "BRIEFING", "Accueil et briefing du jury", "BRIEFING",
                                60, "JURY", List.of(), List.of("EF")),
                        new NewTitle.NewJuryTask(SessionType.TITLE, "DELIBERATION", "Délibération", "DELIBERATION", 60,
                                "JURY", List.of("EF"), List.of())));
    }

    public SessionDetails details(String number) {
        return new SessionDetails(titleId, SessionType.TITLE, number, START, END, managerId, substituteId);
    }

    public String number(String suffix) {
        return "T" + n + suffix;
    }

    public long manager(String last, String first) {
        return insert("with p as (insert into person (centre_id, last_name, first_name) values (:c, :l, :f) returning id) insert into session_manager (centre_id, person_id) select :c, id from p returning id",
                centreId, last, first);
    }

    public long trainer(String last, String first) {
        return insert("with p as (insert into person (centre_id, last_name, first_name) values (:c, :l, :f) returning id) insert into trainer (centre_id, person_id) select :c, id from p returning id",
                centreId, last, first);
    }

    public long candidate(String last, String first, Long trainerId) {
        return jdbc.sql("""
                        insert into candidate (centre_id, identifier, birth_name, first_names, access_route,
                                               extra_time_percent, trainer_id)
                        values (:c, :id, :l, :f, 'TRAINING', 0, :t) returning id""")
                .param("c", centreId).param("id", "C" + n + "-" + last).param("l", last).param("f", first)
                .param("t", trainerId).query(Long.class).single();
    }

    /**
     * A proctor: the same person as the trainer {@code trainerId} or else the session manager {@code managerId} when
     * one is given (S4, S5 follow from it), a new person of the centre otherwise.
     */
    public long proctor(String last, String first, Long trainerId, Long managerId) {
        Long person = null;
        if (trainerId != null) {
            person = personOf("trainer", trainerId);
        } else if (managerId != null) {
            person = personOf("session_manager", managerId);
        } else {
            person = jdbc.sql("insert into person (centre_id, last_name, first_name) values (:c, :l, :f) returning id")
                    .param("c", centreId).param("l", last).param("f", first).query(Long.class).single();
        }
        return jdbc.sql("insert into proctor (centre_id, person_id) values (:c, :p) returning id")
                .param("c", centreId).param("p", person).query(Long.class).single();
    }

    /** The person of a trainer, proctor or session manager record. */
    public long personOf(String table, long id) {
        return jdbc.sql("select person_id from " + table + " where id = :id").param("id", id).query(Long.class).single();
    }

    /** A jury member habilitated for the fixture's title from {@code from} to {@code until}, or not at all if null. */
    public long juryMember(String last, String first, LocalDate from, LocalDate until) {
        long id = jdbc.sql("""
                        with p as (insert into person (last_name, first_name, email) values (:l, :f, :e) returning id)
                        insert into jury_member (person_id, profession, region)
                        select id, 'Comptable', :r from p returning id""")
                .param("l", last).param("f", first).param("e", last.toLowerCase() + "." + n + "." + System.nanoTime() + "@exemple.fr")
                .param("r", region).query(Long.class).single();
        if (from != null) {
            jdbc.sql("insert into habilitation (jury_member_id, title_id, valid_from, valid_until) values (:j, :t, :f, :u)")
                    .param("j", id).param("t", titleId).param("f", from).param("u", until).update();
        }
        return id;
    }

    public long habilitatedJuryMember(String last, String first) {
        return juryMember(last, first, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
    }

    public void link(long juryMemberId, long candidateId, String nature) {
        jdbc.sql("insert into jury_link (jury_member_id, candidate_id, nature) values (:j, :c, :n)")
                .param("j", juryMemberId).param("c", candidateId).param("n", nature).update();
    }

    /** Creates a user and returns its principal, for MockMvc's {@code user(...)}. */
    public UserDetails user(Role role, Long centre, Long person, String userRegion) {
        String username = role.name().toLowerCase() + "-" + n + "-" + System.nanoTime();
        // Inserted directly with a clear-text ("noop") password: tests log in through MockMvc, not with the password,
        // and hashing one per test would slow the suite down.
        jdbc.sql("""
                        insert into app_user (username, password_hash, role, display_name, centre_id, person_id, region)
                        values (:u, '{noop}unused', :r, :d, :c, :p, :g)""")
                .param("u", username).param("r", role.name()).param("d", "Utilisateur " + role)
                .param("c", centre).param("p", person).param("g", userRegion).update();
        return ((UserDetailsService) accounts).loadUserByUsername(username);
    }

    public UserDetails admin() {
        return user(Role.ADMIN, centreId, null, null);
    }

    private long insert(String sql, long centre, String last, String first) {
        return jdbc.sql(sql).param("c", centre).param("l", last).param("f", first).query(Long.class).single();
    }
}
