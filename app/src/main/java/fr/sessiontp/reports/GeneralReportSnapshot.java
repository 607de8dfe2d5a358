package fr.sessiontp.reports;

import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.people.AccessRoute;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a general PV as frozen when it was prepared (D10), with its signature state.
 *
 * @param juryComplete    every jury member of every pair has signed (D7)
 * @param countersignedAt when the responsable countersigned it (D8), or {@code null}
 */
public record GeneralReportSnapshot(long versionId, int version, String contentSha256, long sessionId,
                                    String sessionNumber, String sessionType, long titleId, String titleCode,
                                    String titleName, long centreId, String centreName, LocalDate startDate,
                                    LocalDate endDate, int jurySignatures, boolean juryComplete,
                                    Instant countersignedAt, List<Line> lines) {

    public GeneralReportSnapshot {
        lines = List.copyOf(lines);
    }

    public boolean countersigned() {
        return countersignedAt != null;
    }

    /** One candidate's line of the PV, as printed and signed. Empty usage name is {@code ""}. */
    public record Line(long candidateId, String identifier, String birthName, String usageName, String firstNames,
                       AccessRoute accessRoute, Outcome outcome, List<String> awardedCodes) {

        public Line {
            awardedCodes = List.copyOf(awardedCodes);
        }
    }
}
