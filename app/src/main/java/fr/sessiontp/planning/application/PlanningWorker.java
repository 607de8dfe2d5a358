package fr.sessiontp.planning.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.planner.PlanOptions;
import fr.sessiontp.planner.PlanResult;
import fr.sessiontp.planner.Planner;
import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import fr.sessiontp.planner.format.SolutionReader;
import fr.sessiontp.planner.format.SolutionWriter;
import fr.sessiontp.planning.persistence.DerouleRepository;
import fr.sessiontp.planning.persistence.PlanningJobRepository;
import fr.sessiontp.planning.persistence.PlanningJobRepository.ClaimedJob;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the planning jobs of this instance, one at a time, on its own thread. Every tick it beats for the running job
 * (so that another instance does not take it again), passes on a stop request (the planner then returns its best so
 * far), or takes the next waiting job.
 */
@Component
public class PlanningWorker {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningWorker.class);

    private record Running(long jobId, Planner planner) {
    }

    private final PlanningJobRepository jobs;
    private final DerouleRepository deroules;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final PlanningProperties properties;
    private final String workerId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final AtomicReference<Running> running = new AtomicReference<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "planning-worker");
        t.setDaemon(true);
        return t;
    });

    public PlanningWorker(PlanningJobRepository jobs, DerouleRepository deroules, AuditTrail audit,
                          TransactionTemplate tx, PlanningProperties properties) {
        this.jobs = jobs;
        this.deroules = deroules;
        this.audit = audit;
        this.tx = tx;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${sessiontp.planning.worker-poll-millis:1000}")
    public void tick() {
        if (!properties.workerEnabled()) {
            return;
        }
        try {
            Running current = running.get();
            if (current != null) {
                jobs.heartbeat(current.jobId(), workerId);
                if (jobs.stopRequested(current.jobId())) {
                    current.planner().terminateEarly();
                }
                return;
            }
            jobs.claimNext(PlanningJobRepository.DEFAULT_QUEUE, workerId, properties.staleAfter()).ifPresent(job -> {
                Running run = new Running(job.id(), new Planner());
                running.set(run);
                executor.submit(() -> {
                    try {
                        run(job, run.planner());
                    } finally {
                        running.set(null);
                    }
                });
            });
        } catch (RuntimeException e) {
            LOG.warn("Planning worker tick failed: {}", e.getMessage());
        }
    }

    /** Runs one claimed job to its end and stores the result (also used directly by tests). */
    public void run(ClaimedJob job, Planner planner) {
        try {
            Problem problem = ProblemJson.read(job.problemJson());
            PlanOptions options = PlanOptions.defaults().withTimeLimit(properties.timeLimit())
                    .withUnimprovedLimit(properties.unimprovedLimit()).withSeed(job.id());
            if (job.pinnedJson() != null) {
                Solution pinned = new SolutionReader().read(job.pinnedJson()).value();
                Map<String, Integer> assignments = new HashMap<>();
                pinned.assignments().forEach(a -> assignments.put(a.candidate(), a.pair()));
                options = options.withPinned(pinned.sittings(), assignments);
            }
            AtomicLong lastWrite = new AtomicLong();
            PlanResult result = planner.plan(problem, options, (metrics, feasible, elapsed) -> {
                long now = System.currentTimeMillis();
                if (now - lastWrite.get() >= 300) {
                    lastWrite.set(now);
                    jobs.progress(job.id(), DerouleFormat.metrics(metrics), feasible, elapsed);
                }
            });
            boolean stopped = jobs.stopRequested(job.id());
            if (result.solution() == null || !result.feasible()) {
                List<String> reasons = result.infeasibleReasons().isEmpty() ? result.explanation()
                        : result.infeasibleReasons();
                tx.executeWithoutResult(s -> {
                    jobs.finish(job.id(), "FAILED", String.join("\n", reasons));
                    audit.record("planning.failed", RuleId.P1, "session", String.valueOf(job.sessionId()),
                            "Aucun déroulé réalisable : " + String.join(" ; ", reasons));
                });
                return;
            }
            Solution solution = result.solution();
            Solution.Metrics m = result.metrics();
            tx.executeWithoutResult(s -> {
                deroules.save(job.sessionId(), job.id(), job.problemJson(), new SolutionWriter().write(solution),
                        job.pinnedJson(), true, new DerouleRepository.Metrics(m.daysUsed(), m.juryDays(),
                                m.juryMinutes(), m.lastDay(), m.lastEnd(), m.candidateIdleMinutes()),
                        String.join("\n", result.explanation()), result.totalMillis());
                jobs.progress(job.id(), DerouleFormat.metrics(m), true, result.totalMillis());
                jobs.finish(job.id(), stopped ? "STOPPED" : "DONE", null);
                audit.record("planning.planned", RuleId.P1, "session", String.valueOf(job.sessionId()),
                        "Déroulé calculé (" + DerouleFormat.metrics(m) + ") en " + result.totalMillis() + " ms"
                                + (stopped ? ", arrêté par l'utilisateur" : ""));
            });
        } catch (RuntimeException e) {
            LOG.error("Planning job {} failed", job.id(), e);
            jobs.finish(job.id(), "FAILED", "Erreur interne du planificateur.");
        }
    }

    public String workerId() {
        return workerId;
    }

    @PreDestroy
    void shutdown() {
        Running current = running.get();
        if (current != null) {
            current.planner().terminateEarly();
        }
        executor.shutdownNow();
    }
}
