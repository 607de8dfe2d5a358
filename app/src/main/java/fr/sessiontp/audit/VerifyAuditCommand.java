package fr.sessiontp.audit;

import fr.sessiontp.common.Messages;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code java -jar sessiontp.jar verify-audit}: prints the verification and exits 0 if intact, 1 otherwise. */
@Component
@ConditionalOnProperty(name = "sessiontp.command", havingValue = "verify-audit")
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditLog auditLog;
    private int exitCode;

    VerifyAuditCommand(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditVerification verification = auditLog.verify();
        if (verification.intact()) {
            System.out.println(Messages.get("audit.command.intact", verification.entriesChecked()));
        } else {
            System.out.println(Messages.get("audit.command.broken", verification.problems().size()));
            verification.problems().forEach(problem -> System.out.println("- " + problem.message()));
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
