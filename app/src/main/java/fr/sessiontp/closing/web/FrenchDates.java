package fr.sessiontp.closing.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** A date typed in a form: yyyy-MM-dd (a date input) or dd/MM/yyyy (typed by hand). */
final class FrenchDates {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FrenchDates() {
    }

    /** The date, or {@code null} when empty or not a date. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, FRENCH) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
