package fr.sessiontp.evaluation;

import java.util.List;

/**
 * The jury's decision about one candidate, as the procès-verbaux print it (D10).
 *
 * @param awardedCodes the certificate codes awarded (every one for a success, some for a partial success)
 */
public record CandidateOutcome(long sessionId, long candidateId, Outcome outcome, List<String> awardedCodes,
                               String observations, String recommendations, String absenceNote) {

    public CandidateOutcome {
        awardedCodes = List.copyOf(awardedCodes);
    }
}
