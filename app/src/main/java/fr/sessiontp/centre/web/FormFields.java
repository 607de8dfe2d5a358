package fr.sessiontp.centre.web;

import fr.sessiontp.common.Messages;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reads the typed text of the centre's forms; what cannot be read gets a French message for its field. */
final class FormFields {

    private FormFields() {
    }

    static Long id(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date typed as yyyy-MM-dd (the browser's date field) or dd/MM/yyyy; null when empty or unreadable. */
    static LocalDate date(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip();
        try {
            if (t.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return LocalDate.of(Integer.parseInt(t.substring(6)), Integer.parseInt(t.substring(3, 5)),
                        Integer.parseInt(t.substring(0, 2)));
            }
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            errors.put(field, Messages.get("centre.error.dateFormat", t));
            return null;
        }
    }

    /** A time typed as HH:mm; null when empty or unreadable. */
    static LocalTime time(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip().replace('h', ':').replace('H', ':');
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            errors.put(field, Messages.get("centre.error.timeFormat", typed.strip()));
            return null;
        }
    }
}
