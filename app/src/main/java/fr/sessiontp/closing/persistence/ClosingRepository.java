package fr.sessiontp.closing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The closing module's tables: report_transmission, report_transmission_item, authority_decision (append-only). */
@Repository
public class ClosingRepository {

    private final JdbcClient jdbc;

    ClosingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record TransmissionRow(long id, long sessionId, String region, Instant transmittedAt, long transmittedById,
                                  String transmittedBy, LocalDate dueDate, boolean onTime) {
    }

    public record ItemRow(long reportVersionId, String kind, Long candidateId, int version, String contentSha256,
                          String sealedSha256) {
    }

    /**
     * An authority's decision; {@code path} says how a validation reached SessionTP (AUTHORITY_IN_APP or
     * RECORDED_BY_CENTRE), and for the latter {@code outside} gives the notification the centre recorded.
     */
    public record DecisionRow(long id, long transmissionId, String decision, String reason, Instant decidedAt,
                              String decidedBy, String path, OutsideRow outside) {
    }

    /** D9: the authority's validation received outside SessionTP, as the centre recorded it (without the PDF bytes). */
    public record OutsideRow(long id, LocalDate receivedOn, String reference, String fileName, String sha256) {
    }

    /** The notification's PDF as recorded. */
    public record NotificationPdf(String fileName, byte[] pdf, String sha256) {
    }

    public long insertTransmission(long sessionId, String region, Instant at, long userId, String by, LocalDate due,
                                   boolean onTime) {
        return jdbc.sql("""
                        insert into report_transmission (session_id, region, transmitted_at, transmitted_by_id,
                          transmitted_by, due_date, on_time)
                        values (:s, :r, :at, :uid, :by, :due, :onTime) returning id""")
                .param("s", sessionId).param("r", region).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("uid", userId).param("by", by).param("due", due).param("onTime", onTime)
                .query(Long.class).single();
    }

    public void insertItem(long transmissionId, ItemRow item) {
        jdbc.sql("""
                        insert into report_transmission_item (transmission_id, report_version_id, kind, candidate_id,
                          version, content_sha256, sealed_sha256)
                        values (:t, :v, :k, :c, :n, :sha, :sealed)""")
                .param("t", transmissionId).param("v", item.reportVersionId()).param("k", item.kind())
                .param("c", item.candidateId()).param("n", item.version()).param("sha", item.contentSha256())
                .param("sealed", item.sealedSha256()).update();
    }

    public void insertDecision(long transmissionId, long sessionId, String decision, String reason, Instant at,
                               long userId, String by) {
        insertDecision(transmissionId, sessionId, decision, reason, at, userId, by, "AUTHORITY_IN_APP");
    }

    /** Records a decision and the path it came by; returns its id. */
    public long insertDecision(long transmissionId, long sessionId, String decision, String reason, Instant at,
                               long userId, String by, String path) {
        return jdbc.sql("""
                        insert into authority_decision (transmission_id, session_id, decision, reason, decided_at,
                          decided_by_id, decided_by, path)
                        values (:t, :s, :d, :r, :at, :uid, :by, :path) returning id""")
                .param("t", transmissionId).param("s", sessionId).param("d", decision).param("r", reason)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("uid", userId).param("by", by)
                .param("path", path).query(Long.class).single();
    }

    /** D9: the notification of a validation received outside SessionTP, attached to its decision. */
    public long insertOutsideValidation(long decisionId, long sessionId, LocalDate receivedOn, String reference,
                                        String fileName, byte[] pdf, String sha256, Instant at, long userId, String by) {
        return jdbc.sql("""
                        insert into outside_validation (decision_id, session_id, received_on, reference, file_name,
                          notification_pdf, notification_sha256, recorded_at, recorded_by_id, recorded_by)
                        values (:d, :s, :on, :ref, :file, :pdf, :sha, :at, :uid, :by) returning id""")
                .param("d", decisionId).param("s", sessionId).param("on", receivedOn).param("ref", reference)
                .param("file", fileName).param("pdf", pdf).param("sha", sha256)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("uid", userId).param("by", by)
                .query(Long.class).single();
    }

    /** The recorded notification of a validation of this session received outside SessionTP. */
    public Optional<NotificationPdf> notificationPdf(long sessionId, long outsideId) {
        return jdbc.sql("""
                        select file_name, notification_pdf, notification_sha256 from outside_validation
                        where session_id = :s and id = :id""")
                .param("s", sessionId).param("id", outsideId)
                .query((rs, n) -> new NotificationPdf(rs.getString(1), rs.getBytes(2), rs.getString(3)))
                .optional();
    }

    /** D9: the released session's outcome counts, from its latest general PV, for the regional success rates. */
    public void recordReleasedOutcome(long sessionId, Instant at) {
        jdbc.sql("""
                        insert into released_outcome (session_id, centre_id, title_id, report_version_id, candidates,
                          successes, partial_successes, failures, absences, released_at)
                        select session_id, centre_id, title_id, report_version_id, candidates, successes,
                          partial_successes, failures, absences, :at
                        from released_outcome_source where session_id = :s""")
                .param("s", sessionId).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** The session's latest transmission, if any. */
    public Optional<TransmissionRow> lastTransmission(long sessionId) {
        return jdbc.sql("""
                        select id, session_id, region, transmitted_at, transmitted_by_id, transmitted_by, due_date, on_time
                        from report_transmission where session_id = :s order by transmitted_at desc, id desc limit 1""")
                .param("s", sessionId)
                .query((rs, n) -> new TransmissionRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getBoolean(8)))
                .optional();
    }

    public List<ItemRow> items(long transmissionId) {
        return jdbc.sql("""
                        select report_version_id, kind, candidate_id, version, content_sha256, sealed_sha256
                        from report_transmission_item where transmission_id = :t order by kind desc, candidate_id""")
                .param("t", transmissionId)
                .query((rs, n) -> new ItemRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getInt(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /** Whether a report version was part of one of the session's transmissions (the authority may then read it). */
    public boolean transmitted(long sessionId, long versionId) {
        return jdbc.sql("""
                        select count(*) from report_transmission_item i join report_transmission t on t.id = i.transmission_id
                        where t.session_id = :s and i.report_version_id = :v""")
                .param("s", sessionId).param("v", versionId).query(Long.class).single() > 0;
    }

    /** The authority's decisions on the session, latest first (bounded). */
    public List<DecisionRow> decisions(long sessionId) {
        return jdbc.sql("""
                        select d.id, d.transmission_id, d.decision, d.reason, d.decided_at, d.decided_by, d.path,
                          o.id, o.received_on, o.reference, o.file_name, o.notification_sha256
                        from authority_decision d left join outside_validation o on o.decision_id = d.id
                        where d.session_id = :s order by d.decided_at desc, d.id desc limit 20""")
                .param("s", sessionId)
                .query((rs, n) -> new DecisionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7),
                        rs.getObject(8) == null ? null : new OutsideRow(rs.getLong(8),
                                rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11),
                                rs.getString(12))))
                .list();
    }

    /** A decision as stored, for the integrity check. */
    public record StoredDecision(long id, long sessionId, long transmissionId, String decision, String reason,
                                 String decidedBy) {
    }

    /** Every transmission, in the order they were made (id order), for the integrity check. */
    public List<TransmissionRow> allTransmissions() {
        return jdbc.sql("""
                        select id, session_id, region, transmitted_at, transmitted_by_id, transmitted_by, due_date, on_time
                        from report_transmission order by id""")
                .query((rs, n) -> new TransmissionRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getBoolean(8)))
                .list();
    }

    /** Every authority decision, in the order they were made (id order), for the integrity check. */
    public List<StoredDecision> allDecisions() {
        return jdbc.sql("""
                        select id, session_id, transmission_id, decision, reason, decided_by from authority_decision
                        order by id""")
                .query((rs, n) -> new StoredDecision(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /** A1: the entry of the results in CERES as recorded. */
    public record CeresEntryRow(long id, long sessionId, LocalDate enteredOn, String reference, Instant recordedAt,
                                String recordedBy) {
    }

    public long insertCeresEntry(long sessionId, LocalDate enteredOn, String reference, Instant at, long userId,
                                 String by) {
        return jdbc.sql("""
                        insert into ceres_entry (session_id, entered_on, ceres_reference, recorded_at, recorded_by_id,
                          recorded_by)
                        values (:s, :on, :ref, :at, :uid, :by) returning id""")
                .param("s", sessionId).param("on", enteredOn).param("ref", reference)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("uid", userId).param("by", by)
                .query(Long.class).single();
    }

    /** The latest recorded entry of the session's results in CERES, if any. */
    public Optional<CeresEntryRow> lastCeresEntry(long sessionId) {
        return jdbc.sql("""
                        select id, session_id, entered_on, ceres_reference, recorded_at, recorded_by from ceres_entry
                        where session_id = :s order by id desc limit 1""")
                .param("s", sessionId)
                .query((rs, n) -> new CeresEntryRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)))
                .optional();
    }
}
