package fr.sessiontp.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V25_1 on records of the old model, in a schema of their own: every trainer, proctor, session manager and
 * jury member gets a person, and the proctors staff had linked by hand to a trainer (S4) or a session manager (S5)
 * become that same person.
 */
@SpringBootTest
class PersonMigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void S4_S5_theHandLinkedProctorsBecomeTheSamePersonAsTheirTrainerOrManager() throws Exception {
        String schema = "migration_v25_" + System.nanoTime();
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").target(lastVersionBefore("25.1")).load().migrate();
        try (java.sql.Connection connection = dataSource.getConnection()) {
            JdbcClient jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
            jdbc.sql("set search_path to " + schema).update();
            long centre = jdbc.sql("""
                            insert into centre (name, address, postal_code, city, region, email)
                            values ('Centre ancien', '1 rue', '75001', 'Paris', 'Île-de-France', 'c@exemple.fr') returning id""")
                    .query(Long.class).single();
            long trainer = insert(jdbc, "insert into trainer (centre_id, last_name, first_name, email) values (:c, 'ROUX', 'Sam', 'sam@exemple.fr') returning id", centre);
            long manager = insert(jdbc, "insert into session_manager (centre_id, last_name, first_name) values (:c, 'MARTIN', 'Claire') returning id", centre);
            long both = insert(jdbc, "insert into session_manager (centre_id, last_name, first_name) values (:c, 'BLANC', 'Noé') returning id", centre);
            long bothTrainer = insert(jdbc, "insert into trainer (centre_id, last_name, first_name) values (:c, 'BLANC', 'Noé') returning id", centre);
            long asTrainer = insert(jdbc, "insert into proctor (centre_id, last_name, first_name, trainer_id) values (:c, 'ROUX', 'Sam', " + trainer + ") returning id", centre);
            long asManager = insert(jdbc, "insert into proctor (centre_id, last_name, first_name, manager_id) values (:c, 'MARTIN', 'Claire', " + manager + ") returning id", centre);
            long asBoth = insert(jdbc, "insert into proctor (centre_id, last_name, first_name, trainer_id, manager_id) values (:c, 'BLANC', 'Noé', " + bothTrainer + ", " + both + ") returning id", centre);
            long alone = insert(jdbc, "insert into proctor (centre_id, last_name, first_name) values (:c, 'ROUX', 'Sam') returning id", centre);
            long juror = jdbc.sql("""
                            insert into jury_member (last_name, first_name, email, profession, region)
                            values ('JURE', 'Dominique', 'jure@exemple.fr', 'Cuisinier', 'Bretagne') returning id""")
                    .query(Long.class).single();

            Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                    .target("25.1").load().migrate();
            jdbc.sql("set search_path to " + schema).update();

            assertThat(person(jdbc, "proctor", asTrainer)).isEqualTo(person(jdbc, "trainer", trainer));
            assertThat(person(jdbc, "proctor", asManager)).isEqualTo(person(jdbc, "session_manager", manager));
            assertThat(List.of(person(jdbc, "trainer", bothTrainer), person(jdbc, "session_manager", both)))
                    .containsOnly(person(jdbc, "proctor", asBoth));
            assertThat(person(jdbc, "proctor", alone)).as("a namesake typed without a link stays another person")
                    .isNotEqualTo(person(jdbc, "trainer", trainer));
            assertThat(jdbc.sql("select last_name || ' ' || first_name || ' ' || coalesce(email, '') from person where id = :p")
                    .param("p", person(jdbc, "trainer", trainer)).query(String.class).single()).isEqualTo("ROUX Sam sam@exemple.fr");
            assertThat(jdbc.sql("select centre_id from person where id = :p").param("p", person(jdbc, "jury_member", juror))
                    .query(Long.class).optional()).isEmpty();
            assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).as("Roux, Martin, Blanc, the namesake, the juror").isEqualTo(5);
            jdbc.sql("set search_path to public").update();
        } finally {
            JdbcClient.create(dataSource).sql("drop schema " + schema + " cascade").update();
        }
    }

    /** The last migration before {@code version}, whichever the other branches added. */
    private static String lastVersionBefore(String version) throws java.io.IOException {
        org.flywaydb.core.api.MigrationVersion limit = org.flywaydb.core.api.MigrationVersion.fromVersion(version);
        return java.util.Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                        .getResources("classpath:db/migration/V*__*.sql"))
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")).replace('_', '.'))
                .map(org.flywaydb.core.api.MigrationVersion::fromVersion)
                .filter(v -> v.compareTo(limit) < 0)
                .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    private static long insert(JdbcClient jdbc, String sql, long centre) {
        return jdbc.sql(sql).param("c", centre).query(Long.class).single();
    }

    private static Long person(JdbcClient jdbc, String table, long id) {
        return jdbc.sql("select person_id from " + table + " where id = :id").param("id", id).query(Long.class).single();
    }
}
