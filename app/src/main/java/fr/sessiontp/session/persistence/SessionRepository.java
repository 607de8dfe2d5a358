package fr.sessiontp.session.persistence;

import fr.sessiontp.referential.SessionType;
import fr.sessiontp.session.SessionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The session module's tables: exam_session, enrolment, jury_pair, session_proctor. */
@Repository
public class SessionRepository {

    /** A row of exam_session. */
    public record SessionRow(long id, long centreId, long titleId, SessionType type, String number, LocalDate startDate,
                             LocalDate endDate, SessionStatus status, long managerId, Long substituteId, int version,
                             Long reVersionId) {
    }

    public record EnrolmentRow(long candidateId, Long juryPairId) {
    }

    public record PairRow(long id, int position, long memberAId, long memberBId) {
    }

    /** Who can see which sessions: one of these filters, chosen from the user's role. */
    public sealed interface Scope {
        record OfCentres(Collection<Long> centreIds) implements Scope {
        }

        record OfJuryMember(long juryMemberId) implements Scope {
        }

        record OfProctor(long proctorId) implements Scope {
        }

        record OfCandidates(Collection<Long> candidateIds) implements Scope {
        }

        record Nothing() implements Scope {
        }
    }

    private static final String COLUMNS = """
            s.id, s.centre_id, s.title_id, s.type, s.number, s.start_date, s.end_date, s.status, s.manager_id,
            s.substitute_id, s.version, s.re_version_id""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    SessionRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public long insert(long centreId, long titleId, SessionType type, String number, LocalDate start, LocalDate end,
                       long managerId, Long substituteId) {
        return jdbc.sql("""
                        insert into exam_session (centre_id, title_id, type, number, start_date, end_date, status,
                                                  manager_id, substitute_id)
                        values (:centre, :title, :type, :number, :start, :end, 'PLANNED', :manager, :substitute)
                        returning id""")
                .param("centre", centreId).param("title", titleId).param("type", type.name())
                .param("number", number).param("start", start).param("end", end)
                .param("manager", managerId).param("substitute", substituteId)
                .query(Long.class).single();
    }

    /** Updates the session if nobody changed it since {@code version} was read; false otherwise. */
    public boolean update(long id, int version, long titleId, SessionType type, String number, LocalDate start,
                          LocalDate end, long managerId, Long substituteId) {
        return jdbc.sql("""
                        update exam_session set title_id = :title, type = :type, number = :number, start_date = :start,
                               end_date = :end, manager_id = :manager, substitute_id = :substitute, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", version)
                .param("title", titleId).param("type", type.name())
                .param("number", number).param("start", start).param("end", end)
                .param("manager", managerId).param("substitute", substituteId)
                .update() == 1;
    }

    public void changeStatus(long id, SessionStatus status, String reason) {
        jdbc.sql("""
                        update exam_session set status = :status, status_reason = :reason, status_changed_at = now(),
                               version = version + 1
                        where id = :id""")
                .param("id", id).param("status", status.name()).param("reason", reason).update();
    }

    public Optional<String> statusReason(long id) {
        return jdbc.sql("select status_reason from exam_session where id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    /** Locks the session's row for the rest of the transaction, so that two staffing changes do not interleave. */
    public Optional<SessionRow> findForUpdate(long id) {
        return jdbc.sql("select " + COLUMNS + " from exam_session s where s.id = :id for update")
                .param("id", id).query(SessionRepository::mapSession).optional();
    }

    public Optional<SessionRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from exam_session s where s.id = :id")
                .param("id", id).query(SessionRepository::mapSession).optional();
    }

    public boolean numberTaken(String number, Long exceptSessionId) {
        return jdbc.sql("select count(*) from exam_session where lower(number) = lower(:number) and id <> :except")
                .param("number", number).param("except", exceptSessionId == null ? -1L : exceptSessionId)
                .query(Long.class).single() > 0;
    }

    public List<EnrolmentRow> enrolments(long sessionId) {
        return jdbc.sql("select candidate_id, jury_pair_id from enrolment where session_id = :id order by enrolled_at, candidate_id")
                .param("id", sessionId)
                .query((rs, n) -> new EnrolmentRow(rs.getLong("candidate_id"), rs.getObject("jury_pair_id", Long.class)))
                .list();
    }

    public void enrol(long sessionId, long candidateId) {
        jdbc.sql("insert into enrolment (session_id, candidate_id) values (:s, :c)")
                .param("s", sessionId).param("c", candidateId).update();
    }

    /** Enrols many candidates in one JDBC batch (an import). */
    public void enrolAll(long sessionId, List<Long> candidateIds) {
        batch.batchUpdate("insert into enrolment (session_id, candidate_id) values (:s, :c)", candidateIds.stream()
                .map(id -> new MapSqlParameterSource("s", sessionId).addValue("c", id))
                .toArray(SqlParameterSource[]::new));
    }

    public boolean withdraw(long sessionId, long candidateId) {
        return jdbc.sql("delete from enrolment where session_id = :s and candidate_id = :c")
                .param("s", sessionId).param("c", candidateId).update() == 1;
    }

    public void assignToPair(long sessionId, long candidateId, Long pairId) {
        jdbc.sql("update enrolment set jury_pair_id = :p where session_id = :s and candidate_id = :c")
                .param("s", sessionId).param("c", candidateId).param("p", pairId).update();
    }

    public List<PairRow> pairs(long sessionId) {
        return jdbc.sql("select id, position, member_a_id, member_b_id from jury_pair where session_id = :id order by position")
                .param("id", sessionId)
                .query((rs, n) -> new PairRow(rs.getLong("id"), rs.getInt("position"), rs.getLong("member_a_id"),
                        rs.getLong("member_b_id")))
                .list();
    }

    public PairRow insertPair(long sessionId, long memberA, long memberB) {
        return jdbc.sql("""
                        insert into jury_pair (session_id, member_a_id, member_b_id, position)
                        values (:s, :a, :b, (select coalesce(max(position), 0) + 1 from jury_pair where session_id = :s))
                        returning id, position, member_a_id, member_b_id""")
                .param("s", sessionId).param("a", memberA).param("b", memberB)
                .query((rs, n) -> new PairRow(rs.getLong("id"), rs.getInt("position"), rs.getLong("member_a_id"),
                        rs.getLong("member_b_id")))
                .single();
    }

    public boolean deletePair(long sessionId, long pairId) {
        return jdbc.sql("delete from jury_pair where session_id = :s and id = :p")
                .param("s", sessionId).param("p", pairId).update() == 1;
    }

    public List<Long> proctorIds(long sessionId) {
        return jdbc.sql("select proctor_id from session_proctor where session_id = :id order by proctor_id")
                .param("id", sessionId).query(Long.class).list();
    }

    public void addProctor(long sessionId, long proctorId) {
        jdbc.sql("insert into session_proctor (session_id, proctor_id) values (:s, :p)")
                .param("s", sessionId).param("p", proctorId).update();
    }

    public boolean removeProctor(long sessionId, long proctorId) {
        return jdbc.sql("delete from session_proctor where session_id = :s and proctor_id = :p")
                .param("s", sessionId).param("p", proctorId).update() == 1;
    }

    public boolean isVisible(long sessionId, Scope scope) {
        Filter filter = filter(scope);
        if (filter == null) {
            return false;
        }
        return jdbc.sql("select count(*) from exam_session s where s.id = :id and " + filter.sql)
                .params(filter.params).param("id", sessionId)
                .query(Long.class).single() > 0;
    }

    public List<SessionRow> visible(Scope scope, int offset, int limit) {
        Filter filter = filter(scope);
        if (filter == null) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from exam_session s where " + filter.sql
                        + " order by s.start_date desc, s.number offset :offset limit :limit")
                .params(filter.params).param("offset", offset).param("limit", limit)
                .query(SessionRepository::mapSession).list();
    }

    public long countVisible(Scope scope) {
        Filter filter = filter(scope);
        if (filter == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from exam_session s where " + filter.sql)
                .params(filter.params).query(Long.class).single();
    }

    private record Filter(String sql, Map<String, Object> params) {
    }

    private static Filter filter(Scope scope) {
        if (scope instanceof Scope.OfCentres c) {
            return c.centreIds().isEmpty() ? null
                    : new Filter("s.centre_id in (:centres)", Map.of("centres", List.copyOf(c.centreIds())));
        }
        if (scope instanceof Scope.OfJuryMember j) {
            return new Filter("exists (select 1 from jury_pair p where p.session_id = s.id"
                    + " and (p.member_a_id = :person or p.member_b_id = :person))", Map.of("person", j.juryMemberId()));
        }
        if (scope instanceof Scope.OfProctor p) {
            return new Filter("exists (select 1 from session_proctor sp where sp.session_id = s.id"
                    + " and sp.proctor_id = :person)", Map.of("person", p.proctorId()));
        }
        if (scope instanceof Scope.OfCandidates c) {
            return c.candidateIds().isEmpty() ? null
                    : new Filter("exists (select 1 from enrolment e where e.session_id = s.id"
                    + " and e.candidate_id in (:candidates))", Map.of("candidates", List.copyOf(c.candidateIds())));
        }
        return null;
    }

    private static SessionRow mapSession(ResultSet rs, int row) throws SQLException {
        return new SessionRow(rs.getLong("id"), rs.getLong("centre_id"), rs.getLong("title_id"),
                SessionType.valueOf(rs.getString("type")), rs.getString("number"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                SessionStatus.valueOf(rs.getString("status")), rs.getLong("manager_id"),
                rs.getObject("substitute_id", Long.class), rs.getInt("version"), rs.getObject("re_version_id", Long.class));
    }
}
