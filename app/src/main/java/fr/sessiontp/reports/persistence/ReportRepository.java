package fr.sessiontp.reports.persistence;

import fr.sessiontp.reports.ReportKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** report_version, report_line, report_signature: append-only (the database refuses updates and deletes). */
@Repository
public class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record VersionRow(long id, long sessionId, ReportKind kind, Long candidateId, int version, Long supersedesId,
                             String sessionNumber, String sessionType, long titleId, String titleCode, String titleName,
                             long centreId, String centreName, String centreAddress, String centreCity,
                             LocalDate startDate, LocalDate endDate, String juryComposition, String managerLastName,
                             String managerFirstName, String contentSha256, Instant createdAt, String createdBy) {
    }

    public record LineRow(int position, long candidateId, String identifier, String birthName, String usageName,
                          String firstNames, String accessRoute, Integer pairPosition, String outcome,
                          List<String> awardedCodes, String observations, String recommendations, String absenceNote,
                          List<String> incidents) {

        public LineRow {
            incidents = incidents == null ? List.of() : List.copyOf(incidents);
        }
    }

    public record SignatureRow(long id, long versionId, int seq, String signerKind, long personId, long userId,
                               String signerName, Instant signedAt, String contentSha256, String sealedSha256,
                               String dreetsNotice) {
    }

    public long insertVersion(VersionRow v) {
        return jdbc.sql("""
                insert into report_version (session_id, kind, candidate_id, version, supersedes_id, session_number,
                  session_type, title_id, title_code, title_name, centre_id, centre_name, centre_address, centre_city,
                  start_date, end_date, jury_composition, manager_last_name, manager_first_name, content_sha256,
                  created_at, created_by)
                values (:s, :kind, :cand, :version, :sup, :num, :type, :tid, :tcode, :tname, :cid, :cname, :caddr, :ccity,
                  :start, :end, :jury, :mlast, :mfirst, :sha, :at, :by) returning id""")
                .param("s", v.sessionId()).param("kind", v.kind().name()).param("cand", v.candidateId())
                .param("version", v.version()).param("sup", v.supersedesId()).param("num", v.sessionNumber())
                .param("type", v.sessionType()).param("tid", v.titleId()).param("tcode", v.titleCode())
                .param("tname", v.titleName()).param("cid", v.centreId()).param("cname", v.centreName())
                .param("caddr", v.centreAddress()).param("ccity", v.centreCity()).param("start", v.startDate())
                .param("end", v.endDate()).param("jury", v.juryComposition()).param("mlast", v.managerLastName())
                .param("mfirst", v.managerFirstName()).param("sha", v.contentSha256())
                .param("at", OffsetDateTime.ofInstant(v.createdAt(), java.time.ZoneOffset.UTC)).param("by", v.createdBy())
                .query(Long.class).single();
    }

    public void insertLine(long versionId, LineRow l) {
        jdbc.sql("""
                insert into report_line (report_version_id, position, candidate_id, identifier, birth_name, usage_name,
                  first_names, access_route, pair_position, outcome, awarded_codes, observations, recommendations, absence_note,
                  incidents)
                values (:v, :p, :c, :i, :b, :u, :f, :r, :pp, :o, :codes, :obs, :rec, :abs, :inc)""")
                .param("v", versionId).param("p", l.position()).param("c", l.candidateId()).param("i", l.identifier())
                .param("b", l.birthName()).param("u", l.usageName()).param("f", l.firstNames()).param("r", l.accessRoute())
                .param("pp", l.pairPosition()).param("o", l.outcome()).param("codes", l.awardedCodes().toArray(String[]::new))
                .param("obs", l.observations()).param("rec", l.recommendations()).param("abs", l.absenceNote())
                .param("inc", l.incidents().toArray(String[]::new)).update();
    }

    private static final String VERSION_COLUMNS = """
            id, session_id, kind, candidate_id, version, supersedes_id, session_number, session_type, title_id, title_code,
            title_name, centre_id, centre_name, centre_address, centre_city, start_date, end_date, jury_composition,
            manager_last_name, manager_first_name, content_sha256, created_at, created_by""";

    private static VersionRow version(ResultSet rs, int n) throws SQLException {
        return new VersionRow(rs.getLong("id"), rs.getLong("session_id"), ReportKind.valueOf(rs.getString("kind")),
                rs.getObject("candidate_id", Long.class), rs.getInt("version"), rs.getObject("supersedes_id", Long.class),
                rs.getString("session_number"), rs.getString("session_type"), rs.getLong("title_id"),
                rs.getString("title_code"), rs.getString("title_name"), rs.getLong("centre_id"), rs.getString("centre_name"),
                rs.getString("centre_address"), rs.getString("centre_city"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("jury_composition"),
                rs.getString("manager_last_name"), rs.getString("manager_first_name"), rs.getString("content_sha256"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }

    public Optional<VersionRow> version(long id) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from report_version where id = :id").param("id", id)
                .query(ReportRepository::version).optional();
    }

    /** The latest version of a report (kind + candidate), if any. */
    public Optional<VersionRow> latest(long sessionId, ReportKind kind, Long candidateId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from report_version where session_id = :s and kind = :k"
                        + " and coalesce(candidate_id, 0) = :c order by version desc limit 1")
                .param("s", sessionId).param("k", kind.name()).param("c", candidateId == null ? 0L : candidateId)
                .query(ReportRepository::version).optional();
    }

    /** Every version of every report of a session, newest first. */
    public List<VersionRow> versions(long sessionId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from report_version where session_id = :s order by kind, candidate_id, version desc")
                .param("s", sessionId).query(ReportRepository::version).list();
    }

    public List<LineRow> lines(long versionId) {
        return jdbc.sql("""
                select position, candidate_id, identifier, birth_name, usage_name, first_names, access_route, pair_position,
                  outcome, awarded_codes, observations, recommendations, absence_note, incidents
                from report_line where report_version_id = :v order by position""").param("v", versionId)
                .query((rs, n) -> new LineRow(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, Integer.class), rs.getString(9),
                        Arrays.asList((String[]) rs.getArray(10).getArray()), rs.getString(11), rs.getString(12),
                        rs.getString(13), Arrays.asList((String[]) rs.getArray(14).getArray()))).list();
    }

    public List<SignatureRow> signatures(long versionId) {
        return jdbc.sql("""
                select id, report_version_id, seq, signer_kind, person_id, user_id, signer_name, signed_at, content_sha256,
                  sealed_sha256, dreets_notice
                from report_signature where report_version_id = :v order by seq""").param("v", versionId)
                .query((rs, n) -> new SignatureRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(),
                        rs.getString(9), rs.getString(10), rs.getString(11))).list();
    }

    public void insertSignature(long versionId, int seq, String signerKind, long personId, long userId, String signerName,
                                Instant signedAt, String contentSha256, byte[] sealedPdf, String sealedSha256,
                                String dreetsNotice) {
        jdbc.sql("""
                insert into report_signature (report_version_id, seq, signer_kind, person_id, user_id, signer_name,
                  signed_at, content_sha256, sealed_pdf, sealed_sha256, dreets_notice)
                values (:v, :seq, :k, :p, :u, :n, :at, :c, :pdf, :s, :d)""")
                .param("v", versionId).param("seq", seq).param("k", signerKind).param("p", personId).param("u", userId)
                .param("n", signerName).param("at", OffsetDateTime.ofInstant(signedAt, java.time.ZoneOffset.UTC))
                .param("c", contentSha256).param("pdf", sealedPdf).param("s", sealedSha256).param("d", dreetsNotice)
                .update();
    }

    /** The sealed PDF after the last signature of a version, if it has been signed at all. */
    public Optional<byte[]> lastSealedPdf(long versionId) {
        return jdbc.sql("select sealed_pdf from report_signature where report_version_id = :v order by seq desc limit 1")
                .param("v", versionId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Serialises signatures of one version (two signers at once would take the same seq otherwise). */
    public void lock(long versionId) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", 9_000_000_000L + versionId).query((rs, n) -> 1).list();
    }
}
