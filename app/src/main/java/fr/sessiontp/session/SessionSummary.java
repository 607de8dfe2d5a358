package fr.sessiontp.session;

import fr.sessiontp.referential.SessionType;
import java.time.LocalDate;

/** One line of a list of sessions. */
public record SessionSummary(long id, String number, SessionType type, SessionStatus status, LocalDate startDate,
                             LocalDate endDate, long titleId, String titleCode, String titleName, long centreId,
                             String centreName) {
}
