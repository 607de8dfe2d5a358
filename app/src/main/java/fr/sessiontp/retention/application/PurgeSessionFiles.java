package fr.sessiontp.retention.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.InputRejectedException;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.Evaluations;
import fr.sessiontp.retention.domain.DocumentKind;
import fr.sessiontp.retention.domain.RetentionPolicy;
import fr.sessiontp.retention.persistence.RetentionRepository;
import fr.sessiontp.retention.persistence.RetentionRepository.FileRow;
import fr.sessiontp.session.Sessions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A2: once the retention period has run out (5 years from the session's end by default), destroys the evaluation
 * grids (through {@link Evaluations#purgeGrids}) and the ECF booklets of the session file, records each destruction
 * (register and audit trail, by "job", rule A2) and marks the file purged.
 *
 * <p>Several application instances may run the job on one database: each session is purged in its own transaction
 * after taking its file with {@code FOR UPDATE SKIP LOCKED}, so another instance skips it, and a purged file is never
 * taken again. Running the job twice destroys nothing more and records nothing twice.
 */
@Service
public class PurgeSessionFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeSessionFiles.class);

    private final RetentionRepository repository;
    private final Evaluations evaluations;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final RetentionPolicy policy;
    private final RetentionProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    PurgeSessionFiles(RetentionRepository repository, Evaluations evaluations, Sessions sessions, AuditTrail audit,
                      RetentionPolicy policy, RetentionProperties properties, TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.sessions = sessions;
        this.audit = audit;
        this.policy = policy;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** The scheduled run of this instance (first run one poll period after the start). */
    @Scheduled(initialDelayString = "${sessiontp.retention.purge-poll-millis:3600000}",
            fixedDelayString = "${sessiontp.retention.purge-poll-millis:3600000}")
    public void tick() {
        if (!properties.purgeEnabled()) {
            return;
        }
        try {
            List<Long> purged = purgeDue(LocalDate.now(clock));
            if (!purged.isEmpty()) {
                LOG.info("Retention purge (A2): {} session file(s) purged", purged.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("Retention purge failed: {}", e.getMessage());
        }
    }

    /**
     * Purges the session files due on {@code today}, one session per transaction, at most {@code purge-batch} of
     * them; returns the sessions this call purged (another instance's are not in the list).
     */
    public List<Long> purgeDue(LocalDate today) {
        LocalDate cutoff = policy.dueCutoff(today);
        List<Long> purged = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        for (int i = 0; i < properties.purgeBatch(); i++) {
            AtomicReference<Long> claimed = new AtomicReference<>();
            try {
                Optional<Long> one = tx.execute(status -> repository.claimDue(cutoff, failed).map(file -> {
                    claimed.set(file.sessionId());
                    return purge(file, today, Actors.JOB);
                }));
                if (one == null || one.isEmpty()) {
                    break;
                }
                purged.add(one.get());
            } catch (RuntimeException e) {
                if (claimed.get() == null) {
                    throw e;
                }
                // rolled back: left for the next run, skipped for the rest of this one
                LOG.warn("Retention purge of session {} failed: {}", claimed.get(), e.getMessage());
                failed.add(claimed.get());
            }
        }
        return purged;
    }

    /**
     * A purge asked from the session's page: refused with A2 before the end of the retention period, whoever asks;
     * nothing to do on a file already purged.
     *
     * @return whether this call purged the file
     */
    public boolean purgeNow(long sessionId) {
        LocalDate today = LocalDate.now(clock);
        Boolean done = tx.execute(status -> {
            sessions.session(sessionId).orElseThrow(NoSuchElementException::new);
            FileRow file = repository.lockFile(sessionId).orElseThrow(() ->
                    new InputRejectedException("global", Messages.get("retention.error.notArchived")));
            policy.mayDestroyKeptDocuments(file.endDate(), today).orThrow();
            if (file.purgedAt() != null) {
                return false;
            }
            purge(file, today, Actors.current());
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    private long purge(FileRow file, LocalDate today, String by) {
        long sessionId = file.sessionId();
        policy.mayDestroyKeptDocuments(file.endDate(), today).orThrow();
        Map<Long, Integer> grids = evaluations.purgeGrids(sessionId);
        int gridCount = 0;
        for (Map.Entry<Long, Integer> entry : grids.entrySet()) {
            repository.recordDestruction(sessionId, DocumentKind.EVALUATION_GRIDS, entry.getKey(), entry.getValue(),
                    RuleId.A2.name(), by);
            gridCount += entry.getValue();
        }
        List<Long> booklets = repository.destroyKept(sessionId, DocumentKind.ECF_BOOKLET);
        for (Long candidate : booklets) {
            repository.recordDestruction(sessionId, DocumentKind.ECF_BOOKLET, candidate == 0 ? null : candidate, 1,
                    RuleId.A2.name(), by);
        }
        repository.markPurged(sessionId, by);
        String number = sessions.session(sessionId).map(s -> s.summary().number()).orElse(String.valueOf(sessionId));
        audit.record("retention.purged", RuleId.A2, "session", String.valueOf(sessionId),
                Messages.get("retention.audit.purged", number, gridCount, grids.size(), booklets.size(),
                        policy.years(), Actors.JOB.equals(by) ? Messages.get("retention.actor.job") : by));
        return sessionId;
    }
}
