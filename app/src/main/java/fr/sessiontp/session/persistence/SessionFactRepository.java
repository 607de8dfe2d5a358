package fr.sessiontp.session.persistence;

import fr.sessiontp.session.SessionFact;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only facts of a session's life ({@code session_fact}). */
@Repository
public class SessionFactRepository {

    private final JdbcClient jdbc;

    SessionFactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record FactRow(SessionFact fact, Long subjectId, String recordedBy, Instant recordedAt) {
    }

    public void insert(long sessionId, SessionFact fact, Long subjectId, String recordedBy, Instant at) {
        jdbc.sql("""
                        insert into session_fact (session_id, fact, subject_id, recorded_by, recorded_at)
                        values (:s, :f, :subject, :by, :at)""")
                .param("s", sessionId).param("f", fact.name()).param("subject", subjectId).param("by", recordedBy)
                .param("at", Timestamp.from(at)).update();
    }

    /** The session's facts, oldest first. */
    public List<FactRow> facts(long sessionId) {
        return jdbc.sql("""
                        select fact, subject_id, recorded_by, recorded_at from session_fact
                        where session_id = :s order by id""")
                .param("s", sessionId)
                .query((rs, n) -> new FactRow(SessionFact.valueOf(rs.getString(1)), (Long) rs.getObject(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}
