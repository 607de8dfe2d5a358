package fr.sessiontp.results.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.people.AccessRoute;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * X6 (Warn): after a partial success or a failure, a candidate who came through training may sit again within one
 * year (configurable) of the session's end. The deadline is tracked and a warning is raised when it is near
 * (60 days by default, configurable) or past. VAE and équivalence candidates are not concerned by this rule.
 */
public final class ResitDeadline {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Period period;
    private final int warningDays;

    public ResitDeadline(Period period, int warningDays) {
        this.period = Objects.requireNonNull(period);
        if (period.isNegative() || period.isZero() || warningDays < 0) {
            throw new IllegalArgumentException("The re-sit period must be positive and the warning days not negative");
        }
        this.warningDays = warningDays;
    }

    public enum State {
        /** Deadline ahead, more than the warning days away. */
        OPEN,
        /** Deadline within the warning days. */
        DUE_SOON,
        /** Deadline past. */
        EXPIRED
    }

    /**
     * Where a deadline stands on a day.
     *
     * @param daysLeft days from {@code today} to the deadline (negative once expired)
     * @param warning  allowed when OPEN; a refusal X6 (to show as a warning) when DUE_SOON or EXPIRED
     */
    public record Assessment(LocalDate deadline, long daysLeft, State state, Decision warning) {
    }

    /** Whether the rule applies to this candidate's result: a partial success or a failure after training. */
    public boolean concerns(Outcome outcome, AccessRoute route) {
        return route == AccessRoute.TRAINING && (outcome == Outcome.PARTIAL_SUCCESS || outcome == Outcome.FAILURE);
    }

    /** The last day to sit again, when the rule applies: the session's end plus the period. */
    public Optional<LocalDate> deadline(Outcome outcome, AccessRoute route, LocalDate sessionEnd) {
        return concerns(outcome, route) ? Optional.of(sessionEnd.plus(period)) : Optional.empty();
    }

    public Assessment assess(LocalDate deadline, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, deadline);
        String date = FRENCH_DATE.format(deadline);
        if (days < 0) {
            return new Assessment(deadline, days, State.EXPIRED,
                    Decision.refused(RuleId.X6, "results.warning.X6.expired", date));
        }
        if (days <= warningDays) {
            return new Assessment(deadline, days, State.DUE_SOON,
                    Decision.refused(RuleId.X6, "results.warning.X6.dueSoon", date, days));
        }
        return new Assessment(deadline, days, State.OPEN, Decision.allowed());
    }

    public Period period() {
        return period;
    }

    public int warningDays() {
        return warningDays;
    }
}
