package fr.sessiontp.closing.application;

import fr.sessiontp.closing.domain.Deadline;
import fr.sessiontp.closing.domain.TransmissionDeadline;
import fr.sessiontp.closing.persistence.RegionalQueries;
import fr.sessiontp.closing.persistence.RegionalQueries.DeadlineCounts;
import fr.sessiontp.closing.persistence.RegionalQueries.Rates;
import fr.sessiontp.closing.persistence.RegionalQueries.SessionLine;
import fr.sessiontp.closing.persistence.RegionalQueries.StatusCount;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.security.Role;
import fr.sessiontp.session.SessionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The authority's lists and regional dashboard, always scoped to the authority user's region. */
@Service
@Transactional(readOnly = true)
public class RegionalOverview {

    public static final int PAGE_SIZE = 25;
    private static final int URGENT = 20;

    private final RegionalQueries queries;
    private final TransmissionDeadline deadlines;

    RegionalOverview(RegionalQueries queries, TransmissionDeadline deadlines) {
        this.queries = queries;
        this.deadlines = deadlines;
    }

    /** A session line with its A1 deadline. */
    public record Line(SessionLine session, Deadline deadline) {
        /** The day of the last transmission, in French time. */
        public LocalDate transmittedOn() {
            return session.transmittedAt() == null ? null
                    : LocalDate.ofInstant(session.transmittedAt(), TransmissionDeadline.FRANCE);
        }
    }

    public record Page<T>(List<T> items, int page, long total, int pageSize) {
        public boolean hasNext() {
            return (long) (page + 1) * pageSize < total;
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    /** The region's sessions in a closing status (transmitted by default), with their deadlines. */
    public Page<Line> sessions(CurrentUser user, SessionStatus status, int page) {
        String region = region(user);
        List<String> statuses = List.of(status.name());
        int p = Math.max(0, page);
        List<Line> lines = queries.transmitted(region, statuses, p * PAGE_SIZE, PAGE_SIZE).stream()
                .map(s -> new Line(s, deadlines.of(s.endDate(), LocalDate.ofInstant(s.transmittedAt(),
                        TransmissionDeadline.FRANCE))))
                .toList();
        return new Page<>(lines, p, queries.countTransmitted(region, statuses), PAGE_SIZE);
    }

    public record Dashboard(String region, List<StatusCount> statuses, long totalSessions, DeadlineCounts deadlines,
                            List<Line> urgent, List<Rates> byTitle, Page<Rates> byCentre, int days, int warningFrom) {
    }

    public Dashboard dashboard(CurrentUser user, int centrePage) {
        String region = region(user);
        LocalDate today = deadlines.today();
        List<StatusCount> statuses = queries.statusCounts(region).stream()
                .sorted(java.util.Comparator.comparing(StatusCount::status)).toList();
        List<Line> urgent = queries.awaiting(region, today, URGENT).stream()
                .map(s -> new Line(s, deadlines.of(s.endDate(), null))).toList();
        int p = Math.max(0, centrePage);
        Page<Rates> byCentre = new Page<>(queries.rates(region, true, p * PAGE_SIZE, PAGE_SIZE), p,
                queries.countRateGroups(region, true), PAGE_SIZE);
        return new Dashboard(region, statuses, statuses.stream().mapToLong(StatusCount::count).sum(),
                queries.deadlineCounts(region, today, deadlines.days(), deadlines.warningFrom()), urgent,
                queries.rates(region, false, 0, 100), byCentre, deadlines.days(), deadlines.warningFrom());
    }

    private static String region(CurrentUser user) {
        if (!user.is(Role.AUTHORITY) || user.region() == null) {
            throw new NoSuchElementException("no region");
        }
        return user.region();
    }
}
