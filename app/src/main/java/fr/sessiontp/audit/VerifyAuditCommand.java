package fr.sessiontp.audit;

import fr.sessiontp.common.Messages;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar sessiontp.jar verify-audit}: verifies the audit chain and every module's tamper-evident records
 * (signed reports), prints each broken record and exits 0 if everything is intact, 1 otherwise.
 */
@Component
@ConditionalOnProperty(name = "sessiontp.command", havingValue = "verify-audit")
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    private final TamperEvidence tamperEvidence;
    private int exitCode;

    VerifyAuditCommand(TamperEvidence tamperEvidence) {
        this.tamperEvidence = tamperEvidence;
    }

    @Override
    public void run(ApplicationArguments args) {
        TamperVerification all = tamperEvidence.verify();
        AuditVerification verification = all.audit();
        if (verification.intact()) {
            System.out.println(Messages.get("audit.command.intact", verification.entriesChecked()));
        } else {
            System.out.println(Messages.get("audit.command.broken", verification.problems().size()));
            verification.problems().forEach(problem -> System.out.println("- " + problem.message()));
        }
        for (IntegrityReport report : all.records()) {
            if (report.intact()) {
                System.out.println(Messages.get("audit.command.recordsIntact", report.name(), report.recordsChecked()));
            } else {
                System.out.println(Messages.get("audit.command.recordsBroken", report.name(), report.problems().size(),
                        report.recordsChecked()));
                report.problems().forEach(problem -> System.out.println("- " + problem));
            }
        }
        exitCode = all.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
