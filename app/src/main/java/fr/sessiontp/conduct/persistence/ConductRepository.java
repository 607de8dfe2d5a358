package fr.sessiontp.conduct.persistence;

import fr.sessiontp.conduct.CandidateIncident;
import fr.sessiontp.conduct.domain.Step;
import java.sql.Array;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The conduct module's tables (conduct_*), and the candidates' information sheet columns (O8). */
@Repository
public class ConductRepository {

    public record Checkin(long candidateId, boolean present, boolean convocation, boolean identity, Boolean outfit,
                          Instant recordedAt, String recordedBy) {
    }

    public record EnvelopeCheck(boolean sealed, long witnessId, String note, Instant checkedAt, Boolean contentMatches,
                                String contentNote) {
    }

    public record DteHandout(String epreuveCode, Long candidateId, Long juryMemberId, Instant handedAt) {
    }

    public record LateArrival(long candidateId, String epreuveCode, LocalTime arrivedAt, LocalTime plannedEnd,
                              boolean admitted) {
    }

    /** S1: who acted as responsable on site, on which day, from and until when, handed over by whom, recorded by whom. */
    public record ManagerPresence(long id, long managerId, LocalDate day, LocalTime fromTime, LocalTime untilTime,
                                  Long handedOverBy, String recordedBy, Instant recordedAt) {

        public boolean current() {
            return untilTime == null;
        }
    }

    public record Sitting(long proctorId, String epreuveCode, Instant startedAt) {
    }

    public record TopicDraw(String epreuveCode, List<String> topics, String drawnTopic, Instant drawnAt) {
    }

    /** A candidate's information sheet (O8), as the people module keeps it. */
    public record InformationSheet(String address, String postalCode, String city, String phone) {
    }

    private final JdbcClient jdbc;

    ConductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    // ---- O1/O2 ----

    public void saveCheckin(long sessionId, long candidateId, boolean present, boolean convocation, boolean identity,
                            Boolean outfit, String by) {
        jdbc.sql("""
                        insert into conduct_checkin (session_id, candidate_id, present, convocation_checked,
                                                     identity_checked, outfit_checked, recorded_by)
                        values (:s, :c, :p, :conv, :id, :o, :by)
                        on conflict (session_id, candidate_id) do update set present = excluded.present,
                            convocation_checked = excluded.convocation_checked, identity_checked = excluded.identity_checked,
                            outfit_checked = excluded.outfit_checked, recorded_by = excluded.recorded_by, recorded_at = now()""")
                .param("s", sessionId).param("c", candidateId).param("p", present).param("conv", convocation)
                .param("id", identity).param("o", outfit).param("by", by).update();
    }

    public List<Checkin> checkins(long sessionId) {
        return jdbc.sql("select * from conduct_checkin where session_id = :s order by candidate_id")
                .param("s", sessionId)
                .query((rs, n) -> new Checkin(rs.getLong("candidate_id"), rs.getBoolean("present"),
                        rs.getBoolean("convocation_checked"), rs.getBoolean("identity_checked"),
                        rs.getObject("outfit_checked", Boolean.class), instant(rs, "recorded_at"), rs.getString("recorded_by")))
                .list();
    }

    // ---- O3/O4 ----

    public void saveEnvelopeCheck(long sessionId, boolean sealed, long witnessId, String note) {
        jdbc.sql("""
                        insert into conduct_envelope_check (session_id, sealed, witness_candidate_id, note)
                        values (:s, :sealed, :w, :note)
                        on conflict (session_id) do update set sealed = excluded.sealed,
                            witness_candidate_id = excluded.witness_candidate_id, note = excluded.note, checked_at = now()""")
                .param("s", sessionId).param("sealed", sealed).param("w", witnessId).param("note", note).update();
    }

    public void saveContentCheck(long sessionId, boolean matches, String note) {
        jdbc.sql("""
                        update conduct_envelope_check set content_matches = :m, content_note = :note,
                            content_checked_at = now() where session_id = :s""")
                .param("s", sessionId).param("m", matches).param("note", note).update();
    }

    public Optional<EnvelopeCheck> envelopeCheck(long sessionId) {
        return jdbc.sql("select * from conduct_envelope_check where session_id = :s").param("s", sessionId)
                .query((rs, n) -> new EnvelopeCheck(rs.getBoolean("sealed"), rs.getLong("witness_candidate_id"),
                        rs.getString("note"), instant(rs, "checked_at"), rs.getObject("content_matches", Boolean.class),
                        rs.getString("content_note")))
                .optional();
    }

    // ---- steps (O7, J1, J3) and jury confirmations ----

    public void saveStep(long sessionId, Step step, String by) {
        jdbc.sql("""
                        insert into conduct_step (session_id, step, done_by) values (:s, :step, :by)
                        on conflict (session_id, step) do nothing""")
                .param("s", sessionId).param("step", step.name()).param("by", by).update();
    }

    public Set<Step> steps(long sessionId) {
        List<Step> steps = jdbc.sql("select step from conduct_step where session_id = :s").param("s", sessionId)
                .query((rs, n) -> Step.valueOf(rs.getString(1))).list();
        return steps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps);
    }

    public void confirmNoLink(long sessionId, long juryMemberId) {
        jdbc.sql("""
                        insert into conduct_jury_confirmation (session_id, jury_member_id) values (:s, :j)
                        on conflict (session_id, jury_member_id) do nothing""")
                .param("s", sessionId).param("j", juryMemberId).update();
    }

    public List<Long> confirmedMembers(long sessionId) {
        return jdbc.sql("select jury_member_id from conduct_jury_confirmation where session_id = :s")
                .param("s", sessionId).query(Long.class).list();
    }

    // ---- O5, O6 ----

    public void saveDteHandout(long sessionId, String epreuveCode, Long candidateId, Long juryMemberId) {
        jdbc.sql("""
                        insert into conduct_dte_handout (session_id, epreuve_code, candidate_id, jury_member_id)
                        values (:s, :e, :c, :j)""")
                .param("s", sessionId).param("e", epreuveCode).param("c", candidateId).param("j", juryMemberId).update();
    }

    public List<DteHandout> dteHandouts(long sessionId) {
        return jdbc.sql("select * from conduct_dte_handout where session_id = :s order by handed_at, id")
                .param("s", sessionId)
                .query((rs, n) -> new DteHandout(rs.getString("epreuve_code"), rs.getObject("candidate_id", Long.class),
                        rs.getObject("jury_member_id", Long.class), instant(rs, "handed_at")))
                .list();
    }

    public void saveLateArrival(long sessionId, long candidateId, String epreuveCode, LocalTime arrivedAt,
                                LocalTime plannedEnd, boolean admitted) {
        jdbc.sql("""
                        insert into conduct_late_arrival (session_id, candidate_id, epreuve_code, arrived_at, planned_end,
                                                          admitted)
                        values (:s, :c, :e, :a, :p, :adm)""")
                .param("s", sessionId).param("c", candidateId).param("e", epreuveCode).param("a", arrivedAt)
                .param("p", plannedEnd).param("adm", admitted).update();
    }

    public List<LateArrival> lateArrivals(long sessionId) {
        return jdbc.sql("select * from conduct_late_arrival where session_id = :s order by recorded_at, id")
                .param("s", sessionId)
                .query((rs, n) -> new LateArrival(rs.getLong("candidate_id"), rs.getString("epreuve_code"),
                        rs.getObject("arrived_at", LocalTime.class), rs.getObject("planned_end", LocalTime.class),
                        rs.getBoolean("admitted")))
                .list();
    }

    // ---- S1, S6 ----

    /** S1: a presence as responsable on site, from a time of a day, handed over by the previous one (or null). */
    public void saveManagerPresence(long sessionId, long managerId, LocalDate day, LocalTime from, Long handedOverBy,
                                    String recordedBy) {
        jdbc.sql("""
                        insert into conduct_manager_presence (session_id, manager_id, on_day, from_time, handed_over_by,
                                                              recorded_by)
                        values (:s, :m, :d, :f, :h, :by)""")
                .param("s", sessionId).param("m", managerId).param("d", day).param("f", from)
                .param("h", handedOverBy).param("by", recordedBy).update();
    }

    /** S1: the current presence ends at {@code until} (a hand-over or the end of the day). */
    public void endManagerPresence(long presenceId, LocalTime until, String endedBy) {
        jdbc.sql("update conduct_manager_presence set until_time = :u, ended_by = :by where id = :id and until_time is null")
                .param("id", presenceId).param("u", until).param("by", endedBy).update();
    }

    public List<ManagerPresence> managerPresences(long sessionId) {
        return jdbc.sql("select * from conduct_manager_presence where session_id = :s order by recorded_at, id")
                .param("s", sessionId)
                .query((rs, n) -> new ManagerPresence(rs.getLong("id"), rs.getLong("manager_id"),
                        rs.getObject("on_day", LocalDate.class), rs.getObject("from_time", LocalTime.class),
                        rs.getObject("until_time", LocalTime.class), (Long) rs.getObject("handed_over_by"),
                        rs.getString("recorded_by"), instant(rs, "recorded_at")))
                .list();
    }

    public void saveBriefing(long sessionId, long proctorId) {
        jdbc.sql("""
                        insert into conduct_proctor_briefing (session_id, proctor_id) values (:s, :p)
                        on conflict (session_id, proctor_id) do nothing""")
                .param("s", sessionId).param("p", proctorId).update();
    }

    public List<Long> briefedProctors(long sessionId) {
        return jdbc.sql("select proctor_id from conduct_proctor_briefing where session_id = :s")
                .param("s", sessionId).query(Long.class).list();
    }

    public void saveSitting(long sessionId, long proctorId, String epreuveCode) {
        jdbc.sql("insert into conduct_sitting (session_id, proctor_id, epreuve_code) values (:s, :p, :e)")
                .param("s", sessionId).param("p", proctorId).param("e", epreuveCode).update();
    }

    public List<Sitting> sittings(long sessionId) {
        return jdbc.sql("select * from conduct_sitting where session_id = :s order by started_at, id")
                .param("s", sessionId)
                .query((rs, n) -> new Sitting(rs.getLong("proctor_id"), rs.getString("epreuve_code"),
                        instant(rs, "started_at")))
                .list();
    }

    // ---- X5 ----

    public long saveIncident(long sessionId, long candidateId, String kind, String description, String witnesses,
                             String by) {
        return jdbc.sql("""
                        insert into conduct_incident (session_id, candidate_id, kind, description, witnesses,
                                                      witnesses_confirmed, recorded_by)
                        values (:s, :c, :k, :d, :w, true, :by) returning id""")
                .param("s", sessionId).param("c", candidateId).param("k", kind).param("d", description)
                .param("w", witnesses).param("by", by).query(Long.class).single();
    }

    public List<CandidateIncident> incidents(long sessionId, Long candidateId) {
        return jdbc.sql("select * from conduct_incident where session_id = :s and (:c::bigint is null or candidate_id = :c)"
                        + " order by occurred_at, id")
                .param("s", sessionId).param("c", candidateId)
                .query((rs, n) -> new CandidateIncident(rs.getLong("id"), rs.getLong("session_id"),
                        rs.getLong("candidate_id"), rs.getString("kind"), rs.getString("description"),
                        rs.getString("witnesses"), instant(rs, "occurred_at"), rs.getString("recorded_by")))
                .list();
    }

    // ---- J2 ----

    public void saveDraw(long sessionId, String epreuveCode, List<String> topics, String drawn) {
        jdbc.sql("""
                        insert into conduct_topic_draw (session_id, epreuve_code, topics, drawn_topic)
                        values (:s, :e, :t, :d)""")
                .param("s", sessionId).param("e", epreuveCode).param("t", topics.toArray(String[]::new))
                .param("d", drawn).update();
    }

    public List<TopicDraw> draws(long sessionId) {
        return jdbc.sql("select * from conduct_topic_draw where session_id = :s order by drawn_at, id")
                .param("s", sessionId)
                .query((rs, n) -> {
                    Array array = rs.getArray("topics");
                    List<String> topics = Arrays.asList((String[]) array.getArray());
                    return new TopicDraw(rs.getString("epreuve_code"), topics, rs.getString("drawn_topic"),
                            instant(rs, "drawn_at"));
                })
                .list();
    }
}
