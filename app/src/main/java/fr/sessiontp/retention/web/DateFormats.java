package fr.sessiontp.retention.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the page shows them (French order, Paris time), available to the template as {@code fmt}. */
public final class DateFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.withZone(ZoneId.of("Europe/Paris")).format(instant);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
