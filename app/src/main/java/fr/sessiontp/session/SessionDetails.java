package fr.sessiontp.session;

import fr.sessiontp.referential.SessionType;
import java.time.LocalDate;

/**
 * What defines a session, to create or edit it. Fields may be {@code null} when a user left them empty: the use case
 * answers with a French message per field ({@link fr.sessiontp.common.InputRejectedException}).
 *
 * @param number       the session number, e.g. {@code 375846}, unique
 * @param managerId    the responsable de session (a session manager of the centre)
 * @param substituteId the substitute designated by the centre (S1), or {@code null}
 */
public record SessionDetails(Long titleId, SessionType type, String number, LocalDate startDate, LocalDate endDate,
                             Long managerId, Long substituteId) {
}
