package fr.sessiontp.operations;

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
 * {@code java -jar sessiontp.jar backup FILE}: writes the whole database (the sealed documents included) into FILE
 * ({@link DatabaseArchive}), the application running or not. Exit status 0 when written, 1 when the dump failed, 2 on
 * bad arguments.
 */
@Component
@ConditionalOnProperty(name = "sessiontp.command", havingValue = "backup")
class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DatabaseArchive archive;
    private int exitCode = 2;

    BackupCommand(DatabaseArchive archive) {
        this.archive = archive;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> arguments = args.getNonOptionArgs();
        if (arguments.size() != 1) {
            System.err.println(Messages.get("operations.backup.usage"));
            exitCode = 2;
            return;
        }
        Path file = Path.of(arguments.get(0)).toAbsolutePath().normalize();
        try {
            DatabaseArchive.Summary summary = archive.backup(file);
            System.out.println(Messages.get("operations.backup.done", file, summary.rows().size(), summary.totalRows(),
                    summary.schemaVersion()));
            exitCode = 0;
        } catch (IOException | SQLException e) {
            System.err.println(Messages.get("operations.backup.failed", file, e.getMessage()));
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
