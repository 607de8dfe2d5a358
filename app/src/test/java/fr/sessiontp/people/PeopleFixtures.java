package fr.sessiontp.people;

import fr.sessiontp.security.NewUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Test data made with plain SQL (the centre and referential modules are separate): unique values every time. */
final class PeopleFixtures {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcClient jdbc;
    private final UserAccounts accounts;

    PeopleFixtures(JdbcClient jdbc, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    static String unique(String prefix) {
        return prefix + COUNTER.incrementAndGet();
    }

    long centre() {
        return jdbc.sql("""
                        insert into centre (name, address, postal_code, city, region)
                        values (:name, '1 rue des Essais', '75001', 'Paris', 'Île-de-France') returning id""")
                .param("name", unique("Centre test ")).query(Long.class).single();
    }

    /** A title with a unique code; returns its id. */
    long title(String code) {
        return jdbc.sql("""
                        insert into title (code, name, re_version, valid_from)
                        values (:code, :name, 'RE-1', date '2020-01-01') returning id""")
                .param("code", code).param("name", "Titre " + code).query(Long.class).single();
    }

    String titleCode() {
        return unique("TP-T");
    }

    long trainer(long centreId, String last, String first) {
        return jdbc.sql("with p as (insert into person (centre_id, last_name, first_name) values (:c, :l, :f) returning id) insert into trainer (centre_id, person_id) select :c, id from p returning id")
                .param("c", centreId).param("l", last).param("f", first).query(Long.class).single();
    }

    long manager(long centreId, String last, String first) {
        return jdbc.sql("with p as (insert into person (centre_id, last_name, first_name) values (:c, :l, :f) returning id) insert into session_manager (centre_id, person_id) select :c, id from p returning id")
                .param("c", centreId).param("l", last).param("f", first).query(Long.class).single();
    }

    long candidate(long centreId, String identifier) {
        return jdbc.sql("""
                        insert into candidate (centre_id, identifier, birth_name, first_names, access_route)
                        values (:c, :i, 'TESTEUR', 'Sam', 'TRAINING') returning id""")
                .param("c", centreId).param("i", identifier).query(Long.class).single();
    }

    long juryMember(String email) {
        return jdbc.sql("""
                        with p as (insert into person (last_name, first_name, email) values ('JURE', 'Dominique', :e) returning id)
                        insert into jury_member (person_id, profession, region)
                        select id, 'Cuisinier', 'Bretagne' from p returning id""")
                .param("e", email).query(Long.class).single();
    }

    void habilitation(long juryMemberId, long titleId, LocalDate from, LocalDate until) {
        jdbc.sql("insert into habilitation (jury_member_id, title_id, valid_from, valid_until) values (:j, :t, :f, :u)")
                .param("j", juryMemberId).param("t", titleId).param("f", from).param("u", until).update();
    }

    UserDetails user(Role role, Long centreId) {
        String username = unique("user-" + role.name().toLowerCase() + "-") + "-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUser(username, role, "Utilisateur " + role.name(), centreId, null, null), "secret-pass-1");
        return ((UserDetailsService) accounts).loadUserByUsername(username);
    }

    /** The JURY account of a jury member. */
    UserDetails juryUser(long juryMemberId) {
        String username = unique("jury-") + "-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUser(username, Role.JURY, "Membre de jury", null, juryMemberId, null), "secret-pass-1");
        return ((UserDetailsService) accounts).loadUserByUsername(username);
    }

    /** A regional authority (AUTHORITY) of {@code region}. */
    UserDetails authority(String region) {
        String username = unique("authority-") + "-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUser(username, Role.AUTHORITY, "DREETS " + region, null, null, region), "secret-pass-1");
        return ((UserDetailsService) accounts).loadUserByUsername(username);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long countInCentre(String table, long centreId) {
        return jdbc.sql("select count(*) from " + table + " where centre_id = :c").param("c", centreId).query(Long.class).single();
    }

    List<String> auditActions(String subjectType, String subjectId) {
        return jdbc.sql("select action || ':' || coalesce(rule_id, '-') from audit_entry where subject_type = :t and subject_id = :s order by seq")
                .param("t", subjectType).param("s", subjectId).query(String.class).list();
    }
}
