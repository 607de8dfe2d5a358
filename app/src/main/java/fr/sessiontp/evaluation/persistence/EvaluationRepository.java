package fr.sessiontp.evaluation.persistence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evaluation module's tables: eval_observation, eval_final_interview, eval_synthesis, eval_deliberation. */
@Repository
public class EvaluationRepository {

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record FinalInterviewRow(String project, String tradeCulture, String conclusions) {
    }

    public record DeliberationRow(String ecfResults, String mspResults, String dpNotes, String outcome,
                                  List<String> awardedCodes, String observations, String recommendations,
                                  String absenceNote) {
    }

    public Map<String, String> observations(long sessionId, long candidateId) {
        Map<String, String> result = new HashMap<>();
        jdbc.sql("select epreuve_code, observations from eval_observation where session_id = :s and candidate_id = :c")
                .param("s", sessionId).param("c", candidateId)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getString(2));
                });
        return result;
    }

    public void saveObservation(long sessionId, long candidateId, String epreuveCode, String text, long juryMemberId) {
        jdbc.sql("""
                insert into eval_observation (session_id, candidate_id, epreuve_code, observations, entered_by)
                values (:s, :c, :e, :t, :j)
                on conflict (session_id, candidate_id, epreuve_code)
                do update set observations = excluded.observations, entered_by = excluded.entered_by, entered_at = now()
                """).param("s", sessionId).param("c", candidateId).param("e", epreuveCode).param("t", text)
                .param("j", juryMemberId).update();
    }

    public Optional<FinalInterviewRow> finalInterview(long sessionId, long candidateId) {
        return jdbc.sql("select project, trade_culture, conclusions from eval_final_interview where session_id = :s and candidate_id = :c")
                .param("s", sessionId).param("c", candidateId)
                .query((rs, n) -> new FinalInterviewRow(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    public void saveFinalInterview(long sessionId, long candidateId, FinalInterviewRow row, long juryMemberId) {
        jdbc.sql("""
                insert into eval_final_interview (session_id, candidate_id, project, trade_culture, conclusions, entered_by)
                values (:s, :c, :p, :t, :k, :j)
                on conflict (session_id, candidate_id) do update set project = excluded.project,
                  trade_culture = excluded.trade_culture, conclusions = excluded.conclusions,
                  entered_by = excluded.entered_by, entered_at = now()
                """).param("s", sessionId).param("c", candidateId).param("p", row.project())
                .param("t", row.tradeCulture()).param("k", row.conclusions()).param("j", juryMemberId).update();
    }

    public Map<Long, Boolean> synthesis(long sessionId, long candidateId) {
        Map<Long, Boolean> result = new HashMap<>();
        jdbc.sql("select competence_id, mastered from eval_synthesis where session_id = :s and candidate_id = :c")
                .param("s", sessionId).param("c", candidateId)
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getBoolean(2));
                });
        return result;
    }

    public void saveSynthesis(long sessionId, long candidateId, long competenceId, boolean mastered, long juryMemberId) {
        jdbc.sql("""
                insert into eval_synthesis (session_id, candidate_id, competence_id, mastered, entered_by)
                values (:s, :c, :k, :m, :j)
                on conflict (session_id, candidate_id, competence_id)
                do update set mastered = excluded.mastered, entered_by = excluded.entered_by, entered_at = now()
                """).param("s", sessionId).param("c", candidateId).param("k", competenceId).param("m", mastered)
                .param("j", juryMemberId).update();
    }

    public Set<Long> certificatesSat(long sessionId, long candidateId) {
        return new HashSet<>(jdbc.sql("select certificate_id from eval_certificate_sat where session_id = :s and candidate_id = :c")
                .param("s", sessionId).param("c", candidateId).query(Long.class).list());
    }

    public void saveCertificatesSat(long sessionId, long candidateId, Set<Long> certificateIds) {
        jdbc.sql("delete from eval_certificate_sat where session_id = :s and candidate_id = :c")
                .param("s", sessionId).param("c", candidateId).update();
        for (Long id : certificateIds) {
            jdbc.sql("insert into eval_certificate_sat (session_id, candidate_id, certificate_id) values (:s, :c, :k)")
                    .param("s", sessionId).param("c", candidateId).param("k", id).update();
        }
    }

    public Optional<DeliberationRow> deliberation(long sessionId, long candidateId) {
        return jdbc.sql("""
                select ecf_results, msp_results, dp_notes, outcome, awarded_codes, observations, recommendations, absence_note
                from eval_deliberation where session_id = :s and candidate_id = :c
                """).param("s", sessionId).param("c", candidateId)
                .query((rs, n) -> new DeliberationRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getString(6),
                        rs.getString(7), rs.getString(8))).optional();
    }

    public void saveInputs(long sessionId, long candidateId, String ecf, String msp, String dp, long juryMemberId) {
        jdbc.sql("""
                insert into eval_deliberation (session_id, candidate_id, ecf_results, msp_results, dp_notes, updated_by)
                values (:s, :c, :e, :m, :d, :j)
                on conflict (session_id, candidate_id) do update set ecf_results = excluded.ecf_results,
                  msp_results = excluded.msp_results, dp_notes = excluded.dp_notes,
                  updated_by = excluded.updated_by, updated_at = now()
                """).param("s", sessionId).param("c", candidateId).param("e", ecf).param("m", msp).param("d", dp)
                .param("j", juryMemberId).update();
    }

    public void saveOutcome(long sessionId, long candidateId, String outcome, List<String> codes, String observations,
                            String recommendations, String absenceNote, long juryMemberId) {
        jdbc.sql("""
                insert into eval_deliberation (session_id, candidate_id, outcome, awarded_codes, observations,
                  recommendations, absence_note, updated_by)
                values (:s, :c, :o, :codes, :obs, :rec, :abs, :j)
                on conflict (session_id, candidate_id) do update set outcome = excluded.outcome,
                  awarded_codes = excluded.awarded_codes, observations = excluded.observations,
                  recommendations = excluded.recommendations, absence_note = excluded.absence_note,
                  updated_by = excluded.updated_by, updated_at = now()
                """).param("s", sessionId).param("c", candidateId).param("o", outcome)
                .param("codes", codes.toArray(String[]::new)).param("obs", observations).param("rec", recommendations)
                .param("abs", absenceNote).param("j", juryMemberId).update();
    }

    private static final List<String> GRID_TABLES = List.of("eval_observation", "eval_final_interview", "eval_synthesis");

    /** The grids of a session per candidate: observation grids, final interview grid and synthesis lines. */
    public Map<Long, Integer> gridCounts(long sessionId) {
        Map<Long, Integer> result = new HashMap<>();
        jdbc.sql("""
                select candidate_id, count(*) from (
                  select candidate_id from eval_observation where session_id = :s
                  union all select candidate_id from eval_final_interview where session_id = :s
                  union all select candidate_id from eval_synthesis where session_id = :s) grids
                group by candidate_id""")
                .param("s", sessionId)
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getInt(2));
                });
        return result;
    }

    /** Deletes the session's grids (A2 purge) and returns the number deleted per candidate. */
    public Map<Long, Integer> deleteGrids(long sessionId) {
        Map<Long, Integer> result = new HashMap<>();
        for (String table : GRID_TABLES) {
            jdbc.sql("delete from " + table + " where session_id = :s returning candidate_id")
                    .param("s", sessionId)
                    .query(rs -> {
                        result.merge(rs.getLong(1), 1, Integer::sum);
                    });
        }
        return result;
    }
}
