package fr.sessiontp.retention.persistence;

import fr.sessiontp.retention.domain.DocumentKind;
import fr.sessiontp.retention.domain.PortfolioReturn;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The retention module's tables: retention_file (one per archived session, taken by the purge job with
 * {@code FOR UPDATE SKIP LOCKED}), retention_kept_document, retention_portfolio_return and the append-only
 * retention_destruction register.
 */
@Repository
public class RetentionRepository {

    /** The session file of an archived session. */
    public record FileRow(long sessionId, LocalDate endDate, Instant archivedAt, Instant purgedAt, String purgedBy) {
    }

    /** A document recorded as kept. */
    public record KeptRow(long id, Long candidateId, DocumentKind kind, String reference, String recordedBy,
                          Instant recordedAt, Instant destroyedAt) {
    }

    /** A4 as stored: the return and who recorded it. */
    public record ReturnRow(long candidateId, PortfolioReturn portfolioReturn, String recordedBy, Instant recordedAt) {
    }

    /**
     * One line of the destruction register. {@code destroyedOn}, {@code method}, {@code description} and
     * {@code destroyedByName} are what the person who recorded an A3 destruction stated; empty for the A2 purge and
     * for the destructions recorded automatically at the archive before they were recorded by a person.
     */
    public record DestructionRow(long id, DocumentKind kind, Long candidateId, Integer itemCount, String rule,
                                 Instant destroyedAt, String destroyedBy, LocalDate destroyedOn, String method,
                                 String description, String destroyedByName) {
    }

    /** A3: a destruction as the person who records it states it. */
    public record StatedDestruction(DocumentKind kind, Long candidateId, LocalDate destroyedOn, String method,
                                    String description, String by, String byName) {
    }

    private final JdbcClient jdbc;

    RetentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- session file ----

    /** Opens the session's file at archiving; a second call changes nothing. */
    public void openFile(long sessionId, LocalDate endDate) {
        jdbc.sql("insert into retention_file (session_id, end_date) values (:s, :e) on conflict (session_id) do nothing")
                .param("s", sessionId).param("e", Date.valueOf(endDate)).update();
    }

    public Optional<FileRow> file(long sessionId) {
        return jdbc.sql("select session_id, end_date, archived_at, purged_at, purged_by from retention_file where session_id = :s")
                .param("s", sessionId).query((rs, n) -> fileRow(rs)).optional();
    }

    /**
     * Takes the session file that is due the longest (session ended on or before {@code cutoff}) and not yet purged,
     * locking it until the caller's transaction ends; files locked by another purge are skipped, never waited for, and
     * so are the {@code skipped} sessions (a purge that failed in this run). Must run inside a transaction.
     */
    public Optional<FileRow> claimDue(LocalDate cutoff, Collection<Long> skipped) {
        return jdbc.sql("""
                        select session_id, end_date, archived_at, purged_at, purged_by from retention_file
                        where purged_at is null and end_date <= :cutoff and session_id <> all(:skipped)
                        order by end_date, session_id
                        limit 1
                        for update skip locked""")
                .param("cutoff", Date.valueOf(cutoff)).param("skipped", skipped.toArray(Long[]::new))
                .query((rs, n) -> fileRow(rs)).optional();
    }

    /** Locks one session's file (waiting for a purge in progress), for a purge asked from the page. */
    public Optional<FileRow> lockFile(long sessionId) {
        return jdbc.sql("""
                        select session_id, end_date, archived_at, purged_at, purged_by from retention_file
                        where session_id = :s for update""")
                .param("s", sessionId).query((rs, n) -> fileRow(rs)).optional();
    }

    public void markPurged(long sessionId, String by) {
        jdbc.sql("update retention_file set purged_at = now(), purged_by = :by where session_id = :s and purged_at is null")
                .param("s", sessionId).param("by", by).update();
    }

    private static FileRow fileRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp purged = rs.getTimestamp("purged_at");
        return new FileRow(rs.getLong("session_id"), rs.getDate("end_date").toLocalDate(),
                rs.getTimestamp("archived_at").toInstant(), purged == null ? null : purged.toInstant(),
                rs.getString("purged_by"));
    }

    // ---- kept documents ----

    /** Records a kept document; returns false when it was already recorded. */
    public boolean keep(long sessionId, Long candidateId, DocumentKind kind, String reference, String by) {
        return jdbc.sql("""
                        insert into retention_kept_document (session_id, candidate_id, kind, reference, recorded_by)
                        values (:s, :c, :k, :r, :by)
                        on conflict (session_id, kind, coalesce(candidate_id, 0)) do nothing""")
                .param("s", sessionId).param("c", candidateId).param("k", kind.name()).param("r", reference)
                .param("by", by).update() == 1;
    }

    public List<KeptRow> kept(long sessionId) {
        return jdbc.sql("""
                        select id, candidate_id, kind, reference, recorded_by, recorded_at, destroyed_at
                        from retention_kept_document where session_id = :s order by kind, id""")
                .param("s", sessionId)
                .query((rs, n) -> {
                    Timestamp destroyed = rs.getTimestamp("destroyed_at");
                    return new KeptRow(rs.getLong("id"), (Long) rs.getObject("candidate_id"),
                            DocumentKind.valueOf(rs.getString("kind")), rs.getString("reference"),
                            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                            destroyed == null ? null : destroyed.toInstant());
                }).list();
    }

    /** Stamps the kept documents of a kind destroyed; returns the candidates whose document was destroyed now. */
    public List<Long> destroyKept(long sessionId, DocumentKind kind) {
        return jdbc.sql("""
                        update retention_kept_document set destroyed_at = now()
                        where session_id = :s and kind = :k and destroyed_at is null
                        returning coalesce(candidate_id, 0)""")
                .param("s", sessionId).param("k", kind.name()).query(Long.class).list();
    }

    // ---- DP returns ----

    public void saveReturn(long sessionId, long candidateId, PortfolioReturn r, String by) {
        jdbc.sql("""
                        insert into retention_portfolio_return (session_id, candidate_id, returned_on, copy_kept,
                               authorisation_date, authorisation_reference, recorded_by)
                        values (:s, :c, :on, :kept, :ad, :ar, :by)
                        on conflict (session_id, candidate_id) do update set returned_on = excluded.returned_on,
                               copy_kept = excluded.copy_kept, authorisation_date = excluded.authorisation_date,
                               authorisation_reference = excluded.authorisation_reference,
                               recorded_by = excluded.recorded_by, recorded_at = now()""")
                .param("s", sessionId).param("c", candidateId).param("on", Date.valueOf(r.returnedOn()))
                .param("kept", r.copyKept())
                .param("ad", r.authorisationDate() == null ? null : Date.valueOf(r.authorisationDate()))
                .param("ar", r.copyKept() ? r.authorisationReference() : null).param("by", by).update();
    }

    public Map<Long, ReturnRow> returns(long sessionId) {
        Map<Long, ReturnRow> result = new HashMap<>();
        jdbc.sql("""
                        select candidate_id, returned_on, copy_kept, authorisation_date, authorisation_reference,
                               recorded_by, recorded_at
                        from retention_portfolio_return where session_id = :s""")
                .param("s", sessionId)
                .query(rs -> {
                    Date auth = rs.getDate("authorisation_date");
                    result.put(rs.getLong("candidate_id"), new ReturnRow(rs.getLong("candidate_id"),
                            new PortfolioReturn(rs.getDate("returned_on").toLocalDate(), rs.getBoolean("copy_kept"),
                                    auth == null ? null : auth.toLocalDate(), rs.getString("authorisation_reference")),
                            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
                });
        return result;
    }

    // ---- destruction register ----

    /** Appends a destruction; returns false when that destruction was already recorded (nothing is recorded twice). */
    public boolean recordDestruction(long sessionId, DocumentKind kind, Long candidateId, Integer count, String rule,
                                     String by) {
        return jdbc.sql("""
                        insert into retention_destruction (session_id, kind, candidate_id, item_count, rule_id, destroyed_by)
                        values (:s, :k, :c, :n, :r, :by)
                        on conflict (session_id, kind, coalesce(candidate_id, 0)) do nothing""")
                .param("s", sessionId).param("k", kind.name()).param("c", candidateId).param("n", count)
                .param("r", rule).param("by", by).update() == 1;
    }

    /** A3: appends a destruction stated by a person; false when that destruction was already recorded. */
    public boolean recordStatedDestruction(long sessionId, StatedDestruction d) {
        return jdbc.sql("""
                        insert into retention_destruction (session_id, kind, candidate_id, rule_id, destroyed_by,
                          destroyed_on, method, description, destroyed_by_name)
                        values (:s, :k, :c, 'A3', :by, :on, :method, :what, :name)
                        on conflict (session_id, kind, coalesce(candidate_id, 0)) do nothing""")
                .param("s", sessionId).param("k", d.kind().name()).param("c", d.candidateId())
                .param("by", d.by()).param("on", Date.valueOf(d.destroyedOn())).param("method", d.method())
                .param("what", d.description()).param("name", d.byName()).update() == 1;
    }

    public List<DestructionRow> destructions(long sessionId) {
        return jdbc.sql("""
                        select id, kind, candidate_id, item_count, rule_id, destroyed_at, destroyed_by, destroyed_on,
                          method, description, destroyed_by_name
                        from retention_destruction where session_id = :s order by destroyed_at, id limit 1000""")
                .param("s", sessionId)
                .query((rs, n) -> {
                    Date on = rs.getDate("destroyed_on");
                    return new DestructionRow(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                            (Long) rs.getObject("candidate_id"), (Integer) rs.getObject("item_count"),
                            rs.getString("rule_id"), rs.getTimestamp("destroyed_at").toInstant(),
                            rs.getString("destroyed_by"), on == null ? null : on.toLocalDate(), rs.getString("method"),
                            rs.getString("description"), rs.getString("destroyed_by_name"));
                })
                .list();
    }
}
