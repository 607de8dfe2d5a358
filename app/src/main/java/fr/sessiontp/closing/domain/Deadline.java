package fr.sessiontp.closing.domain;

import java.time.LocalDate;

/**
 * The A1 transmission deadline of one session.
 *
 * @param due          the last day to transmit (end date + 15 days)
 * @param day          the day after the session's end: today, or the day of the transmission
 * @param daysToOrPast days from today to the due date (or past it, when overdue)
 */
public record Deadline(LocalDate due, long day, long daysToOrPast, State state) {

    public enum State {
        /** The session has not ended yet. */
        NOT_ENDED,
        /** Before the warning day. */
        ON_TIME,
        /** From the warning day (10) to the due date included: warned. */
        DUE_SOON,
        /** Past the due date and not transmitted: flagged. */
        OVERDUE,
        /** Transmitted by the due date. */
        TRANSMITTED,
        /** Transmitted after the due date. */
        TRANSMITTED_LATE
    }

    public boolean warned() {
        return state == State.DUE_SOON;
    }

    public boolean overdue() {
        return state == State.OVERDUE || state == State.TRANSMITTED_LATE;
    }
}
