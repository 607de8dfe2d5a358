package fr.sessiontp.audit;

import fr.sessiontp.common.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks the trail in sequence order and reports every entry that was altered, every gap left by a
 * deletion and every entry that does not chain to its predecessor (inserted or rewritten).
 */
final class AuditVerifier implements Consumer<AuditEntry> {

    private final List<AuditProblem> problems = new ArrayList<>();
    private long checked;
    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;

    @Override
    public void accept(AuditEntry entry) {
        checked++;
        boolean gap = entry.seq() > expectedSeq;
        if (gap) {
            problems.add(new AuditProblem(entry.seq(), AuditProblem.Kind.DELETED,
                    Messages.get("audit.problem.deleted", expectedSeq, entry.seq() - 1)));
        }
        if (!AuditChain.hashOf(entry).equals(entry.hash())) {
            problems.add(new AuditProblem(entry.seq(), AuditProblem.Kind.ALTERED,
                    Messages.get("audit.problem.altered", entry.seq())));
        } else if (!gap && !entry.previousHash().equals(previousHash)) {
            problems.add(new AuditProblem(entry.seq(), AuditProblem.Kind.INSERTED,
                    Messages.get("audit.problem.inserted", entry.seq())));
        }
        expectedSeq = entry.seq() + 1;
        previousHash = entry.hash();
    }

    AuditVerification result(Clock clock) {
        return new AuditVerification(clock.instant(), checked, problems);
    }
}
