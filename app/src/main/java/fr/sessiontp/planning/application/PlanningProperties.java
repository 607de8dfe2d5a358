package fr.sessiontp.planning.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sessiontp.planning.*}: the calendar defaults of a déroulé (P3: épreuves end by {@code day-end}), the
 * planner's time limits and the background worker.
 */
@ConfigurationProperties("sessiontp.planning")
public record PlanningProperties(String dayStart, String dayEnd, String juryDayEnd, String lunchStart,
                                 String lunchEnd, Integer granularity, Duration timeLimit, Duration unimprovedLimit,
                                 Boolean workerEnabled, Long workerPollMillis, Duration staleAfter,
                                 Integer candidateLeadDaysTitle, Integer candidateLeadDaysCertificate,
                                 Integer juryLeadDays) {

    public PlanningProperties {
        dayStart = dayStart == null ? "07:30" : dayStart;
        dayEnd = dayEnd == null ? "18:00" : dayEnd;
        juryDayEnd = juryDayEnd == null ? "19:00" : juryDayEnd;
        lunchStart = lunchStart == null ? "12:30" : lunchStart;
        lunchEnd = lunchEnd == null ? "13:30" : lunchEnd;
        granularity = granularity == null ? 5 : granularity;
        timeLimit = timeLimit == null ? Duration.ofSeconds(30) : timeLimit;
        unimprovedLimit = unimprovedLimit == null ? Duration.ofSeconds(5) : unimprovedLimit;
        workerEnabled = workerEnabled == null || workerEnabled;
        workerPollMillis = workerPollMillis == null ? 1000L : workerPollMillis;
        staleAfter = staleAfter == null ? Duration.ofSeconds(60) : staleAfter;
        candidateLeadDaysTitle = candidateLeadDaysTitle == null ? 30 : candidateLeadDaysTitle;
        candidateLeadDaysCertificate = candidateLeadDaysCertificate == null ? 15 : candidateLeadDaysCertificate;
        juryLeadDays = juryLeadDays == null ? 15 : juryLeadDays;
    }

    public static PlanningProperties defaults() {
        return new PlanningProperties(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }
}
