package fr.sessiontp.planning.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code convocation} table: one row per candidate and session, updated at each sending. */
@Repository
public class ConvocationRepository {

    public record ConvocationRow(long sessionId, long candidateId, String recipient, String status, int attempts,
                                 String lastError, Instant firstSentAt, Instant lastAttemptAt, String leadWarning) {
    }

    private final JdbcClient jdbc;

    public ConvocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an attempt: SENT the first time it works, RESENT afterwards, FAILED when it does not. */
    public void record(long sessionId, long candidateId, String recipient, boolean ok, String error,
                       String leadWarning) {
        jdbc.sql("""
                        insert into convocation (session_id, candidate_id, recipient, status, last_error, first_sent_at,
                                                 lead_warning)
                        values (:s, :c, :r, case when :ok then 'SENT' else 'FAILED' end, :err,
                                case when :ok then now() end, :lead)
                        on conflict (session_id, candidate_id) do update set
                            recipient = excluded.recipient,
                            status = case when not :ok then 'FAILED'
                                          when convocation.first_sent_at is null then 'SENT' else 'RESENT' end,
                            attempts = convocation.attempts + 1,
                            last_error = excluded.last_error,
                            first_sent_at = coalesce(convocation.first_sent_at, excluded.first_sent_at),
                            last_attempt_at = now(),
                            lead_warning = excluded.lead_warning""")
                .param("s", sessionId).param("c", candidateId).param("r", recipient).param("ok", ok)
                .param("err", error).param("lead", leadWarning)
                .update();
    }

    public List<ConvocationRow> ofSession(long sessionId) {
        return jdbc.sql("select * from convocation where session_id = :s order by candidate_id").param("s", sessionId)
                .query((rs, n) -> new ConvocationRow(rs.getLong("session_id"), rs.getLong("candidate_id"),
                        rs.getString("recipient"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("first_sent_at") == null ? null : rs.getTimestamp("first_sent_at").toInstant(),
                        rs.getTimestamp("last_attempt_at").toInstant(), rs.getString("lead_warning")))
                .list();
    }
}
