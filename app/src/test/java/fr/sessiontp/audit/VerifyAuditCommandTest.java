package fr.sessiontp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** {@code verify-audit} reports the audit chain and every module's integrity check, and fails when any is broken. */
class VerifyAuditCommandTest {

    @Test
    void theCommandExitsZeroWhenTheChainAndTheSignedReportsAreIntact() {
        var run = run(List.of(), new IntegrityReport("Procès-verbaux (versions et signatures)", 12, List.of()));
        assertThat(run.exitCode).isZero();
        assertThat(run.output).contains("Journal d'audit intact : 5 entrée(s) vérifiée(s).")
                .contains("Procès-verbaux (versions et signatures) intacts : 12 enregistrement(s) vérifié(s).");
    }

    @Test
    void theCommandNamesABrokenSignedReportAndExitsOne() {
        var run = run(List.of(), new IntegrityReport("Procès-verbaux (versions et signatures)", 12,
                List.of("Signature n° 7 du PV version n° 3 : le PDF scellé ne correspond plus à son empreinte SHA-256.")));
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.output).contains("Journal d'audit intact")
                .contains("Procès-verbaux (versions et signatures) altérés : 1 anomalie(s) sur 12")
                .contains("- Signature n° 7 du PV version n° 3");
    }

    @Test
    void theCommandNamesABrokenAuditEntryAndExitsOne() {
        var run = run(List.of(new AuditProblem(4, AuditProblem.Kind.ALTERED, "L'entrée n° 4 a été modifiée.")),
                new IntegrityReport("Procès-verbaux (versions et signatures)", 0, List.of()));
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.output).contains("- L'entrée n° 4 a été modifiée.");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(List<AuditProblem> auditProblems, IntegrityReport report) {
        AuditLog log = new AuditLog() {
            @Override
            public AuditVerification verify() {
                return new AuditVerification(Instant.now(), 5, auditProblems);
            }

            @Override
            public List<AuditEntry> latest(int offset, int limit) {
                return List.of();
            }

            @Override
            public long count() {
                return 5;
            }

            @Override
            public List<AuditEntry> latestOf(long centreId, int offset, int limit) {
                return List.of();
            }

            @Override
            public long countOf(long centreId) {
                return 0;
            }

            @Override
            public void forEachAbout(String subjectType, Consumer<AuditEntry> consumer) {
            }
        };
        ObjectProvider<IntegrityCheck> checks = new ObjectProvider<>() {
            @Override
            public Stream<IntegrityCheck> orderedStream() {
                return Stream.of(() -> report);
            }
        };
        VerifyAuditCommand command = new VerifyAuditCommand(new TamperEvidence(log, checks));
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            command.run(null);
        } finally {
            System.setOut(out);
        }
        return new Run(command.getExitCode(), buffer.toString(StandardCharsets.UTF_8));
    }
}
