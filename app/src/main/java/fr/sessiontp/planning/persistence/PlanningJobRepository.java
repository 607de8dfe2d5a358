package fr.sessiontp.planning.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code planning_job} table: a queue of planning runs. A worker takes the oldest waiting job with
 * {@code FOR UPDATE SKIP LOCKED}, so two application instances never take the same job, and a job whose worker
 * stopped beating (a restart, a crash) is taken again.
 */
@Repository
public class PlanningJobRepository {

    public static final String DEFAULT_QUEUE = "default";

    /** A job as a worker runs it. */
    public record ClaimedJob(long id, long sessionId, String problemJson, String pinnedJson) {
    }

    /** A job as a page shows it. */
    public record JobView(long id, long sessionId, String status, boolean stopRequested, String requestedBy,
                          Instant createdAt, Instant startedAt, Instant finishedAt, String progressMetrics,
                          Boolean progressFeasible, Long progressMillis, String message) {

        public boolean active() {
            return "QUEUED".equals(status) || "RUNNING".equals(status);
        }
    }

    private final JdbcClient jdbc;

    public PlanningJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long enqueue(long sessionId, String queue, String problemJson, String pinnedJson, String requestedBy) {
        return jdbc.sql("""
                        insert into planning_job (session_id, queue, problem_json, pinned_json, requested_by)
                        values (:session, :queue, :problem, :pinned, :by) returning id""")
                .param("session", sessionId).param("queue", queue).param("problem", problemJson)
                .param("pinned", pinnedJson).param("by", requestedBy)
                .query(Long.class).single();
    }

    /**
     * Takes the oldest job of the queue that waits, or whose worker has not beaten for {@code staleAfter}, for this
     * worker. Rows locked by another claimer are skipped, never waited for.
     */
    public Optional<ClaimedJob> claimNext(String queue, String worker, Duration staleAfter) {
        return jdbc.sql("""
                        update planning_job set status = 'RUNNING', worker = :worker,
                               started_at = coalesce(started_at, now()), heartbeat_at = now()
                        where id = (select id from planning_job
                                    where queue = :queue
                                      and (status = 'QUEUED'
                                           or (status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :stale)))
                                    order by id
                                    limit 1
                                    for update skip locked)
                        returning id, session_id, problem_json, pinned_json""")
                .param("worker", worker).param("queue", queue).param("stale", (double) staleAfter.toMillis() / 1000.0)
                .query((rs, n) -> new ClaimedJob(rs.getLong("id"), rs.getLong("session_id"),
                        rs.getString("problem_json"), rs.getString("pinned_json")))
                .optional();
    }

    public void heartbeat(long jobId, String worker) {
        jdbc.sql("update planning_job set heartbeat_at = now() where id = :id and worker = :worker and status = 'RUNNING'")
                .param("id", jobId).param("worker", worker).update();
    }

    public void progress(long jobId, String metrics, boolean feasible, long millis) {
        jdbc.sql("""
                        update planning_job set progress_metrics = :m, progress_feasible = :f, progress_millis = :ms,
                               heartbeat_at = now()
                        where id = :id""")
                .param("id", jobId).param("m", metrics).param("f", feasible).param("ms", millis).update();
    }

    public boolean stopRequested(long jobId) {
        return jdbc.sql("select stop_requested from planning_job where id = :id").param("id", jobId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Asks the session's active job to stop: a waiting job is stopped at once, a running one keeps its best. */
    public int requestStop(long sessionId) {
        int waiting = jdbc.sql("""
                        update planning_job set status = 'STOPPED', stop_requested = true, finished_at = now()
                        where session_id = :s and status = 'QUEUED'""")
                .param("s", sessionId).update();
        int running = jdbc.sql("update planning_job set stop_requested = true where session_id = :s and status = 'RUNNING'")
                .param("s", sessionId).update();
        return waiting + running;
    }

    public void finish(long jobId, String status, String message) {
        jdbc.sql("update planning_job set status = :status, message = :message, finished_at = now() where id = :id")
                .param("id", jobId).param("status", status).param("message", message).update();
    }

    public Optional<JobView> latest(long sessionId) {
        return jdbc.sql("""
                        select id, session_id, status, stop_requested, requested_by, created_at, started_at,
                               finished_at, progress_metrics, progress_feasible, progress_millis, message
                        from planning_job where session_id = :s order by id desc limit 1""")
                .param("s", sessionId)
                .query((rs, n) -> new JobView(rs.getLong("id"), rs.getLong("session_id"), rs.getString("status"),
                        rs.getBoolean("stop_requested"), rs.getString("requested_by"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                        instant(rs.getTimestamp("finished_at")), rs.getString("progress_metrics"),
                        (Boolean) rs.getObject("progress_feasible"), (Long) rs.getObject("progress_millis"),
                        rs.getString("message")))
                .optional();
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
