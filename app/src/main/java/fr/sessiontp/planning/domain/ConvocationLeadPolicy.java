package fr.sessiontp.planning.domain;

import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * X4: candidates are convened ahead of the session (default 30 days for a title session, 15 for a CCP or CCS
 * session), jury members at least 15 days ahead. A convocation sent later is allowed but warned about.
 *
 * @param titleLeadDays       lead time for the candidates of a title session
 * @param certificateLeadDays lead time for the candidates of a CCP or CCS session
 * @param juryLeadDays        lead time for the jury members
 */
public record ConvocationLeadPolicy(int titleLeadDays, int certificateLeadDays, int juryLeadDays) {

    /** The warning (rule X4) when a convocation sent on {@code sentOn} is later than the lead time, else empty. */
    public Optional<Refusal> check(LocalDate sentOn, LocalDate sessionStart, boolean titleSession, boolean jury) {
        int lead = jury ? juryLeadDays : titleSession ? titleLeadDays : certificateLeadDays;
        long ahead = ChronoUnit.DAYS.between(sentOn, sessionStart);
        if (ahead >= lead) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(RuleId.X4, jury ? "planning.X4.juryLate" : "planning.X4.candidateLate",
                String.valueOf(Math.max(ahead, 0)), String.valueOf(lead)));
    }
}
