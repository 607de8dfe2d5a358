package fr.sessiontp.planning.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code planning_calendar_event} table: the SEQUENCE of each calendar event handed out. */
@Repository
public class CalendarEventRepository {

    private final JdbcClient jdbc;

    public CalendarEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The event's SEQUENCE: 0 the first time it is handed out, one more each time its fingerprint (what the event says)
     * differs from the one last handed out.
     */
    public int sequence(long sessionId, String uid, String fingerprint) {
        return jdbc.sql("""
                        insert into planning_calendar_event (session_id, uid, fingerprint) values (:s, :u, :f)
                        on conflict (uid) do update set
                            sequence = planning_calendar_event.sequence
                                + case when planning_calendar_event.fingerprint = excluded.fingerprint then 0 else 1 end,
                            fingerprint = excluded.fingerprint
                        returning sequence""")
                .param("s", sessionId).param("u", uid).param("f", fingerprint).query(Integer.class).single();
    }
}
