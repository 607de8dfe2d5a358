package fr.sessiontp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.SessionTpApplication;
import fr.sessiontp.conduct.application.JuryReception;
import fr.sessiontp.conduct.application.OpeningDay;
import fr.sessiontp.evaluation.EvaluationFixtures;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.evaluation.application.DecideOutcome;
import fr.sessiontp.evaluation.application.EvaluateCandidate;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.reports.application.Reports;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.security.UserAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code backup}, a lost database, {@code restore}, {@code verify-audit}, each run as from the command line on its own
 * embedded database: every row comes back as it was (the sealed PDFs of a signed PV included), the audit chain and the
 * PV's signatures are intact, and a restore over data that exists is refused.
 */
class BackupRestoreTest {

    private static final String DATABASE = "--sessiontp.embedded-db.data-dir=target/embedded-postgres-backup";

    @Test
    void aBackupRestoredIntoAWipedDatabaseGivesEveryRowBackAndVerifyAuditFindsItIntact(@TempDir Path directory)
            throws Exception {
        Path file = directory.resolve("sessiontp-sauvegarde.zip");
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(SessionTpApplication.class)
                .web(WebApplicationType.NONE)
                .run(DATABASE, "--sessiontp.embedded-db.clean=true", "--sessiontp.demo.enabled=true",
                        "--sessiontp.demo.credentials-file=target/backup-test/demo-credentials.txt",
                        "--sessiontp.planning.worker-enabled=false", "--sessiontp.retention.purge-enabled=false")) {
            JdbcClient jdbc = application.getBean(JdbcClient.class);
            signAPv(application, jdbc);
            assertThat(count(jdbc, "report_signature")).isGreaterThanOrEqualTo(3);
            assertThat(count(jdbc, "audit_entry")).isPositive();
            Map<String, String> before = contents(jdbc);

            CommandRun backup = CommandRun.of("", "backup", file.toString(), DATABASE);
            assertThat(backup.exitCode()).as(backup.output()).isZero();
            assertThat(backup.output()).contains("Sauvegarde écrite dans " + file);
            assertThat(Files.size(file)).isPositive();

            jdbc.sql("drop schema public cascade").update();
            jdbc.sql("create schema public").update();

            CommandRun restore = CommandRun.of("", "restore", file.toString(), DATABASE);
            assertThat(restore.exitCode()).as(restore.output()).isZero();
            assertThat(restore.output()).contains("restaurée").contains("journal d'audit et PV signés intacts");
            CommandRun verify = CommandRun.of("", "verify-audit", DATABASE);
            assertThat(verify.exitCode()).as(verify.output()).isZero();
            assertThat(verify.output()).contains("Journal d'audit intact");
            assertThat(contents(jdbc)).isEqualTo(before);

            // the sequences and the audit chain go on from where they were
            long lastUser = jdbc.sql("select max(id) from app_user").query(Long.class).single();
            assertThat(CommandRun.of("Granit-Sureau-Lanterne-42\n", "create-admin", "apres-restauration", DATABASE)
                    .exitCode()).isZero();
            assertThat(jdbc.sql("select id from app_user where username = 'apres-restauration'").query(Long.class).single())
                    .isGreaterThan(lastUser);
            assertThat(CommandRun.of("", "verify-audit", DATABASE).exitCode()).isZero();
            before = contents(jdbc);

            CommandRun again = CommandRun.of("", "restore", file.toString(), DATABASE);
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.output()).contains("La base de données n'est pas vide").contains("Rien n'a été restauré.");
            assertThat(contents(jdbc)).isEqualTo(before);
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingIsWritten(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("pas-une-sauvegarde.zip"), "bonjour");

        CommandRun restore = CommandRun.of("", "restore", file.toString(), DATABASE);

        assertThat(restore.exitCode()).isEqualTo(2);
        assertThat(restore.output()).contains("Ce fichier n'est pas une sauvegarde de SessionTP");
    }

    /** One individual PV signed by its pair and countersigned: three sealed PDFs. */
    private static void signAPv(ConfigurableApplicationContext application, JdbcClient jdbc) {
        EvaluationFixtures f = new EvaluationFixtures(jdbc, application.getBean(UserAccounts.class), "TITLE", "MARCHAND")
                .receptionComplete(application.getBean(fr.sessiontp.session.SessionGate.class), application.getBean(OpeningDay.class),
                        application.getBean(JuryReception.class));
        CurrentUser paul = f.current(Role.JURY, f.juryA);
        long candidate = f.candidates.get(1);
        application.getBean(EvaluateCandidate.class).synthesis(paul, f.sessionId, candidate, Map.of(
                f.competence(0, 0), true, f.competence(0, 1), true, f.competence(1, 0), true, f.competence(1, 1), true));
        application.getBean(DecideOutcome.class).confirm(paul, f.sessionId, candidate, Outcome.SUCCESS, List.of(),
                "Très bon travail", "");
        Reports reports = application.getBean(Reports.class);
        long version = reports.prepare(paul, f.sessionId, ReportKind.INDIVIDUAL, candidate);
        String sha = reports.view(paul, version).version().contentSha256();
        reports.sign(paul, version, true, sha);
        reports.sign(f.current(Role.JURY, f.juryB), version, true, sha);
        reports.sign(f.current(Role.SESSION_MANAGER, f.managerId), version, true, sha);
    }

    /** Every table of the schema, as the MD5 of its rows in text form (sealed PDFs included). */
    private static Map<String, String> contents(JdbcClient jdbc) {
        Map<String, String> contents = new LinkedHashMap<>();
        for (String table : jdbc.sql("select tablename from pg_tables where schemaname = current_schema() "
                + "and tablename <> 'flyway_schema_history' order by tablename").query(String.class).list()) {
            contents.put(table, jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') "
                    + "from \"" + table + "\" t").query(String.class).single());
        }
        return contents;
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
