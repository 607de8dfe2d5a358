package fr.sessiontp.planning.persistence;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code deroule} table: the stored déroulé of each session (problem, solution JSON, metrics). */
@Repository
public class DerouleRepository {

    public record StoredDeroule(long sessionId, Long jobId, String problemJson, String solutionJson,
                                String pinnedJson, boolean feasible, int daysUsed, int juryDays, int juryMinutes,
                                String lastDay, int lastEnd, int candidateIdleMinutes, String explanation,
                                Long solvingMillis, Instant updatedAt, String withdrawn, String changes) {

        public java.util.Set<String> withdrawnIds() {
            return withdrawn == null || withdrawn.isBlank() ? java.util.Set.of()
                    : java.util.Set.of(withdrawn.split(","));
        }
    }

    public record Metrics(int daysUsed, int juryDays, int juryMinutes, String lastDay, int lastEnd,
                          int candidateIdleMinutes) {
    }

    private final JdbcClient jdbc;

    public DerouleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long sessionId, Long jobId, String problemJson, String solutionJson, String pinnedJson,
                     boolean feasible, Metrics m, String explanation, Long solvingMillis) {
        jdbc.sql("""
                        insert into deroule (session_id, job_id, problem_json, solution_json, pinned_json, feasible,
                                             days_used, jury_days, jury_minutes, last_day, last_end,
                                             candidate_idle_minutes, explanation, solving_millis, updated_at)
                        values (:s, :job, :p, :sol, :pin, :f, :du, :jd, :jm, :ld, :le, :ci, :ex, :ms, now())
                        on conflict (session_id) do update set job_id = excluded.job_id,
                            problem_json = excluded.problem_json, solution_json = excluded.solution_json,
                            pinned_json = excluded.pinned_json, feasible = excluded.feasible,
                            days_used = excluded.days_used, jury_days = excluded.jury_days,
                            jury_minutes = excluded.jury_minutes, last_day = excluded.last_day,
                            last_end = excluded.last_end, candidate_idle_minutes = excluded.candidate_idle_minutes,
                            explanation = excluded.explanation, solving_millis = excluded.solving_millis,
                            withdrawn = null, changes = null,
                            updated_at = now(), version = deroule.version + 1""")
                .param("s", sessionId).param("job", jobId).param("p", problemJson).param("sol", solutionJson)
                .param("pin", pinnedJson).param("f", feasible).param("du", m.daysUsed()).param("jd", m.juryDays())
                .param("jm", m.juryMinutes()).param("ld", m.lastDay()).param("le", m.lastEnd())
                .param("ci", m.candidateIdleMinutes()).param("ex", explanation == null ? "" : explanation)
                .param("ms", solvingMillis)
                .update();
    }

    /** Stores a déroulé re-planned on the exam day, with who is withdrawn and what changed. */
    public void saveReplanned(long sessionId, String solutionJson, Metrics m, String withdrawn, String changes) {
        jdbc.sql("""
                        update deroule set solution_json = :sol, days_used = :du, jury_days = :jd, jury_minutes = :jm,
                               last_day = :ld, last_end = :le, candidate_idle_minutes = :ci, withdrawn = :w,
                               changes = :ch, updated_at = now(), version = version + 1
                        where session_id = :s""")
                .param("s", sessionId).param("sol", solutionJson).param("du", m.daysUsed()).param("jd", m.juryDays())
                .param("jm", m.juryMinutes()).param("ld", m.lastDay()).param("le", m.lastEnd())
                .param("ci", m.candidateIdleMinutes()).param("w", withdrawn).param("ch", changes)
                .update();
    }

    public Optional<StoredDeroule> find(long sessionId) {
        return jdbc.sql("select * from deroule where session_id = :s").param("s", sessionId)
                .query((rs, n) -> new StoredDeroule(rs.getLong("session_id"), (Long) rs.getObject("job_id"),
                        rs.getString("problem_json"), rs.getString("solution_json"), rs.getString("pinned_json"),
                        rs.getBoolean("feasible"), rs.getInt("days_used"), rs.getInt("jury_days"),
                        rs.getInt("jury_minutes"), rs.getString("last_day"), rs.getInt("last_end"),
                        rs.getInt("candidate_idle_minutes"), rs.getString("explanation"),
                        (Long) rs.getObject("solving_millis"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("withdrawn"), rs.getString("changes")))
                .optional();
    }
}
