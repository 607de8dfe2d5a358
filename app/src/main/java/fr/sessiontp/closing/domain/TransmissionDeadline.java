package fr.sessiontp.closing.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A1: the signed PVs reach the territorial authority within {@code days} calendar days (15) of the session's end. From
 * day {@code warningFrom} (10) after the end the deadline is flagged as due soon, after day {@code days} as overdue;
 * day {@code days} itself is still on time. Today is read from the clock, in the French time zone.
 */
public final class TransmissionDeadline {

    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final Clock clock;
    private final int days;
    private final int warningFrom;

    public TransmissionDeadline(Clock clock, int days, int warningFrom) {
        if (days < 1 || warningFrom < 0 || warningFrom > days) {
            throw new IllegalArgumentException("transmission days " + days + ", warning from day " + warningFrom);
        }
        this.clock = clock;
        this.days = days;
        this.warningFrom = warningFrom;
    }

    /** A date as the pages and the audit trail write it: 25/03/2026. */
    public static String formatted(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public int days() {
        return days;
    }

    public int warningFrom() {
        return warningFrom;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(FRANCE));
    }

    /** The deadline of a session that ended on {@code endDate}, transmitted on {@code transmittedOn} (or not yet). */
    public Deadline of(LocalDate endDate, LocalDate transmittedOn) {
        LocalDate due = endDate.plusDays(days);
        LocalDate today = today();
        long day = ChronoUnit.DAYS.between(endDate, transmittedOn != null ? transmittedOn : today);
        Deadline.State state;
        if (transmittedOn != null) {
            state = transmittedOn.isAfter(due) ? Deadline.State.TRANSMITTED_LATE : Deadline.State.TRANSMITTED;
        } else if (day < 0) {
            state = Deadline.State.NOT_ENDED;
        } else if (day > days) {
            state = Deadline.State.OVERDUE;
        } else if (day >= warningFrom) {
            state = Deadline.State.DUE_SOON;
        } else {
            state = Deadline.State.ON_TIME;
        }
        return new Deadline(due, day, Math.abs(ChronoUnit.DAYS.between(today, due)), state);
    }
}
