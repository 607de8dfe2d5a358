package fr.sessiontp.results.persistence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table resit_deadline (X6): the re-sit deadlines recorded when a session's reports are validated. */
@Repository
public class ResitRepository {

    private final JdbcClient jdbc;

    ResitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ResitRow(long id, long sessionId, String sessionNumber, String titleCode, long candidateId,
                           String identifier, String candidateName, String outcome, List<String> awardedCodes,
                           LocalDate sessionEnd, LocalDate deadline) {
    }

    /** Records (or refreshes, when the reports are validated again) one candidate's deadline. */
    public void upsert(long centreId, long sessionId, String sessionNumber, long titleId, String titleCode,
                       long candidateId, String identifier, String candidateName, String outcome,
                       List<String> awardedCodes, LocalDate sessionEnd, LocalDate deadline, long reportVersionId) {
        jdbc.sql("""
                insert into resit_deadline (centre_id, session_id, session_number, title_id, title_code, candidate_id,
                  identifier, candidate_name, outcome, awarded_codes, session_end, deadline, report_version_id)
                values (:centre, :session, :number, :title, :code, :candidate, :identifier, :name, :outcome,
                  :codes, :end, :deadline, :version)
                on conflict (session_id, candidate_id) do update set outcome = excluded.outcome,
                  awarded_codes = excluded.awarded_codes, deadline = excluded.deadline,
                  candidate_name = excluded.candidate_name, identifier = excluded.identifier,
                  report_version_id = excluded.report_version_id""")
                .param("centre", centreId).param("session", sessionId).param("number", sessionNumber)
                .param("title", titleId).param("code", titleCode).param("candidate", candidateId)
                .param("identifier", identifier).param("name", candidateName).param("outcome", outcome)
                .param("codes", awardedCodes.toArray(String[]::new)).param("end", sessionEnd)
                .param("deadline", deadline).param("version", reportVersionId).update();
    }

    /** Removes a candidate's row of this session (the validated PV no longer gives them a deadline). */
    public void remove(long sessionId, long candidateId) {
        jdbc.sql("delete from resit_deadline where session_id = :s and candidate_id = :c")
                .param("s", sessionId).param("c", candidateId).update();
    }

    /** Closes the candidate's open deadlines for this title from sessions that ended before {@code before}. */
    public int close(long candidateId, long titleId, LocalDate before, long resatSessionId) {
        return jdbc.sql("""
                update resit_deadline set resat_session_id = :resat
                where candidate_id = :c and title_id = :t and resat_session_id is null and session_end < :before""")
                .param("resat", resatSessionId).param("c", candidateId).param("t", titleId).param("before", before)
                .update();
    }

    /** The centre's open deadlines, soonest (or longest expired) first. */
    public List<ResitRow> openOfCentre(long centreId, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from resit_deadline where centre_id = :c and resat_session_id is null
                order by deadline, candidate_name, id offset :o limit :l""")
                .param("c", centreId).param("o", offset).param("l", limit).query(ResitRepository::row).list();
    }

    public long countOpenOfCentre(long centreId) {
        return jdbc.sql("select count(*) from resit_deadline where centre_id = :c and resat_session_id is null")
                .param("c", centreId).query(Long.class).single();
    }

    /** The rows recorded for a session, open or closed. */
    public List<ResitRow> ofSession(long sessionId) {
        return jdbc.sql("select " + COLUMNS + " from resit_deadline where session_id = :s order by candidate_name")
                .param("s", sessionId).query(ResitRepository::row).list();
    }

    private static final String COLUMNS = """
            id, session_id, session_number, title_code, candidate_id, identifier, candidate_name, outcome,
            awarded_codes, session_end, deadline""";

    private static ResitRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ResitRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8),
                List.of((String[]) rs.getArray(9).getArray()), rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class));
    }
}
