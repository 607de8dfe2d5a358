package fr.sessiontp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PV signature (D6, D7) or countersignature (D8) acknowledged to its signer must survive a crash: the embedded
 * PostgreSQL of a kept data directory commits durably. `scripts/crash-test.sh signature` found signatures answered
 * "signed" (302) and gone after a SIGKILL and restart, because the library starts PostgreSQL with
 * {@code synchronous_commit=off} and {@code fsync} off.
 */
@DisabledOnOs(OS.WINDOWS)
class EmbeddedPostgresDurabilityTest {

    @Test
    void D6_D7_D8_anAcknowledgedCommitOnTheKeptDatabaseSurvivesAnImmediateShutdown(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("postgres"));
        EmbeddedPostgres server = EmbeddedPostgresConfiguration.builder(data, false).start();
        try {
            Connection connection = server.getPostgresDatabase().getConnection();
            Statement statement = connection.createStatement();
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            statement.execute("create table acknowledged (n int primary key)");
            for (int i = 1; i <= 20; i++) {
                statement.execute("insert into acknowledged values (" + i + ")"); // autocommit: each one acknowledged
            }
            // At once, as after a crash: PostgreSQL's immediate shutdown (no checkpoint, WAL recovery at the next start).
            immediateShutdown(Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip()));
            closeQuietly(connection);
        } finally {
            server.close(); // releases the library's lock on the directory (its pg_ctl stop finds no server)
        }
        try (EmbeddedPostgres again = EmbeddedPostgresConfiguration.builder(data, false).start();
             Connection connection = again.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(value(statement, "select coalesce(to_regclass('acknowledged')::text, 'missing')"))
                    .as("the acknowledged create table after the crash recovery").isEqualTo("acknowledged");
            assertThat(value(statement, "select count(*) from acknowledged"))
                    .as("acknowledged inserts after the crash recovery").isEqualTo("20");
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        return value(statement, "show " + name);
    }

    private static String value(Statement statement, String query) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException serverGone) {
            // closing a connection to the stopped server
        }
    }

    private static void immediateShutdown(long postmasterPid) throws Exception {
        assertThat(new ProcessBuilder("kill", "-QUIT", String.valueOf(postmasterPid)).start().waitFor()).isZero();
        Optional<ProcessHandle> postmaster = ProcessHandle.of(postmasterPid);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (postmaster.map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(postmaster.map(ProcessHandle::isAlive).orElse(false)).as("postmaster stopped").isFalse();
    }
}
