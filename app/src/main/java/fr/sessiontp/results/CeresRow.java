package fr.sessiontp.results;

import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.people.AccessRoute;
import java.time.LocalDate;
import java.util.List;

/**
 * One candidate of a session as the CERES export gives it (docs/ceres-export.md).
 *
 * @param usageName    {@code ""} when the candidate has none
 * @param birthDate    {@code null} when the people module does not know it
 * @param awardedCodes the CCP (or CCS) codes awarded: every certificate in scope for a success, some for a partial
 *                     success, none otherwise
 */
public record CeresRow(String sessionNumber, String sessionType, String titleCode, long candidateId, String identifier,
                       String birthName, String usageName, String firstNames, LocalDate birthDate,
                       AccessRoute accessRoute, Outcome outcome, List<String> awardedCodes, LocalDate startDate,
                       LocalDate endDate) {

    public CeresRow {
        awardedCodes = List.copyOf(awardedCodes);
    }
}
