package fr.sessiontp.results;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A session's CERES export and its check (A1): {@link #ready()} when the export may be offered, else
 * {@link #problems()} lists every problem in French.
 *
 * @param source the general PV version the rows come from, or {@code null} when none was prepared
 * @param rows   one per candidate line of that PV, in the PV's order (empty without a PV)
 */
public record CheckedCeresExport(long sessionId, String sessionNumber, String sessionType, String titleCode,
                                 String titleName, String centreName, LocalDate startDate, LocalDate endDate,
                                 Source source, List<CeresRow> rows, Decision check) {

    public CheckedCeresExport {
        rows = List.copyOf(rows);
    }

    /** The general PV version the export is built from. */
    public record Source(long reportVersionId, int version, String contentSha256, Instant countersignedAt) {
    }

    public boolean ready() {
        return check.isAllowed();
    }

    /** Every problem, as the user reads it ("… (A1)"). */
    public List<String> problems() {
        return check.refusals().stream().map(Refusal::displayMessage).toList();
    }
}
