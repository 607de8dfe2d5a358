package fr.sessiontp.operations;

import fr.sessiontp.audit.TamperEvidence;
import fr.sessiontp.common.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar sessiontp.jar restore FILE}: puts a backup back into the configured database, which must be empty
 * (a new database: the command creates its schema), then checks the audit chain and the signed PVs as
 * {@code verify-audit} does. Exit status 0 when restored and intact, 1 when the load failed or what was restored is not
 * intact, 2 when refused (bad arguments, not a backup, another schema version, a database that is not empty): nothing is
 * written then.
 */
@Component
@ConditionalOnProperty(name = "sessiontp.command", havingValue = "restore")
class RestoreCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DatabaseArchive archive;
    private final TamperEvidence tamperEvidence;
    private int exitCode = 2;

    RestoreCommand(DatabaseArchive archive, TamperEvidence tamperEvidence) {
        this.archive = archive;
        this.tamperEvidence = tamperEvidence;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> arguments = args.getNonOptionArgs();
        if (arguments.size() != 1) {
            System.err.println(Messages.get("operations.restore.usage"));
            exitCode = 2;
            return;
        }
        Path file = Path.of(arguments.get(0)).toAbsolutePath().normalize();
        try {
            DatabaseArchive.Summary summary = archive.restore(file);
            System.out.println(Messages.get("operations.restore.done", file, summary.rows().size(), summary.totalRows(),
                    summary.created().toString()));
        } catch (DatabaseArchive.Refused e) {
            System.err.println(e.getMessage());
            exitCode = 2;
            return;
        } catch (IOException | SQLException e) {
            System.err.println(Messages.get("operations.restore.failed", file, e.getMessage()));
            exitCode = 1;
            return;
        }
        boolean intact = tamperEvidence.verify().intact();
        System.out.println(Messages.get(intact ? "operations.restore.intact" : "operations.restore.broken"));
        exitCode = intact ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
