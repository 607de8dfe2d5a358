package fr.sessiontp.session;

import fr.sessiontp.referential.SessionType;
import java.time.LocalDate;

/**
 * One line of a list of sessions.
 *
 * @param reVersionId the version of the title's RE the session is planned with (the current one when it was created);
 *                    re-importing the title does not change it
 */
public record SessionSummary(long id, String number, SessionType type, SessionStatus status, LocalDate startDate,
                             LocalDate endDate, long titleId, String titleCode, String titleName, long centreId,
                             String centreName, Long reVersionId) {

    public SessionSummary(long id, String number, SessionType type, SessionStatus status, LocalDate startDate,
                          LocalDate endDate, long titleId, String titleCode, String titleName, long centreId,
                          String centreName) {
        this(id, number, type, status, startDate, endDate, titleId, titleCode, titleName, centreId, centreName, null);
    }
}
