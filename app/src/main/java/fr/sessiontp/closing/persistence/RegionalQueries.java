package fr.sessiontp.closing.persistence;

import fr.sessiontp.session.SessionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The authority's read model over a region: a few aggregate queries (GROUP BY in PostgreSQL, bounded, one query per
 * table of the page, no query per session) over the sessions of the region's centres, the latest general PV of each
 * session whose results are released (this module's {@code released_outcome}), and this module's transmissions.
 * Read-only on the session, centre and referential tables (their modules own every write); indexes in V11_1 and V17_1.
 */
@Repository
public class RegionalQueries {

    /** Ended sessions whose PVs have not been transmitted yet: these have an A1 deadline running. */
    public static final List<String> AWAITING = List.of(SessionStatus.DELIBERATION.name(),
            SessionStatus.REPORTS_SIGNED.name());

    private final JdbcClient jdbc;

    RegionalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record SessionLine(long id, String number, SessionStatus status, LocalDate startDate, LocalDate endDate,
                              String centreName, String titleCode, String titleName, Instant transmittedAt) {
    }

    public record StatusCount(SessionStatus status, long count) {
    }

    public record DeadlineCounts(long awaiting, long dueSoon, long overdue) {
    }

    /** Outcomes from the latest general PV of the released sessions, for one title or one centre. */
    public record Rates(String key, String label, long sessions, long candidates, long passed, long partial,
                        long failed, long absent) {

        /** Passed the whole title, among the candidates who sat (absent ones excluded), in whole percent. */
        public int successPercent() {
            long present = candidates - absent;
            return present == 0 ? 0 : (int) Math.round(100.0 * passed / present);
        }

        /** Passed the title or some CCP, among the present candidates. */
        public int anySuccessPercent() {
            long present = candidates - absent;
            return present == 0 ? 0 : (int) Math.round(100.0 * (passed + partial) / present);
        }
    }

    /** Sessions of the region in these statuses with their last transmission, oldest transmission first. */
    public List<SessionLine> transmitted(String region, Collection<String> statuses, int offset, int limit) {
        return jdbc.sql("""
                        select s.id, s.number, s.status, s.start_date, s.end_date, c.name, t.code, t.name, tr.transmitted_at
                        from exam_session s
                          join centre c on c.id = s.centre_id
                          join title t on t.id = s.title_id
                          join lateral (select r.transmitted_at from report_transmission r where r.session_id = s.id
                                        order by r.transmitted_at desc limit 1) tr on true
                        where c.region = :region and s.status in (:statuses)
                        order by tr.transmitted_at, s.id limit :limit offset :offset""")
                .param("region", region).param("statuses", statuses).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new SessionLine(rs.getLong(1), rs.getString(2), SessionStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class).toInstant()))
                .list();
    }

    public long countTransmitted(String region, Collection<String> statuses) {
        return jdbc.sql("""
                        select count(*) from exam_session s join centre c on c.id = s.centre_id
                        where c.region = :region and s.status in (:statuses)
                          and exists (select 1 from report_transmission r where r.session_id = s.id)""")
                .param("region", region).param("statuses", statuses).query(Long.class).single();
    }

    /** Ended sessions of the region still to transmit, the most urgent (earliest end) first. */
    public List<SessionLine> awaiting(String region, LocalDate today, int limit) {
        return jdbc.sql("""
                        select s.id, s.number, s.status, s.start_date, s.end_date, c.name, t.code, t.name
                        from exam_session s join centre c on c.id = s.centre_id join title t on t.id = s.title_id
                        where c.region = :region and s.status in (:statuses) and s.end_date <= :today
                        order by s.end_date, s.id limit :limit""")
                .param("region", region).param("statuses", AWAITING).param("today", today).param("limit", limit)
                .query((rs, n) -> new SessionLine(rs.getLong(1), rs.getString(2), SessionStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getString(7), rs.getString(8), null))
                .list();
    }

    public List<StatusCount> statusCounts(String region) {
        return jdbc.sql("""
                        select s.status, count(*) from exam_session s join centre c on c.id = s.centre_id
                        where c.region = :region group by s.status""")
                .param("region", region)
                .query((rs, n) -> new StatusCount(SessionStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
    }

    /** A1 deadlines of the region's ended, untransmitted sessions: due soon from day {@code warning}, overdue after {@code days}. */
    public DeadlineCounts deadlineCounts(String region, LocalDate today, int days, int warning) {
        return jdbc.sql("""
                        select count(*),
                               count(*) filter (where :today - s.end_date between :warning and :days),
                               count(*) filter (where :today - s.end_date > :days)
                        from exam_session s join centre c on c.id = s.centre_id
                        where c.region = :region and s.status in (:statuses) and s.end_date <= :today""")
                .param("region", region).param("statuses", AWAITING).param("today", today).param("days", days)
                .param("warning", warning)
                .query((rs, n) -> new DeadlineCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /**
     * Success rates per title ({@code byCentre} false) or per centre, over the released sessions' outcome counts
     * (written at validation from the latest general PV, table {@code released_outcome}).
     */
    public List<Rates> rates(String region, boolean byCentre, int offset, int limit) {
        String key = byCentre ? "c.id::text" : "t.code";
        String label = byCentre ? "c.name" : "t.name";
        return jdbc.sql("""
                        select %s as k, %s as label, count(*), sum(o.candidates), sum(o.successes),
                               sum(o.partial_successes), sum(o.failures), sum(o.absences)
                        from released_outcome o join centre c on c.id = o.centre_id join title t on t.id = o.title_id
                        where c.region = :region
                        group by 1, 2 order by 2, 1 limit :limit offset :offset""".formatted(key, label))
                .param("region", region).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Rates(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
    }

    public long countRateGroups(String region, boolean byCentre) {
        return jdbc.sql("""
                        select count(distinct %s) from released_outcome o join centre c on c.id = o.centre_id
                        where c.region = :region""".formatted(byCentre ? "o.centre_id" : "o.title_id"))
                .param("region", region).query(Long.class).single();
    }
}
