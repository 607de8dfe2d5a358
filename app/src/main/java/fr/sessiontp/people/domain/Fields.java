package fr.sessiontp.people.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parsing and checking of typed or imported text fields, with French messages. */
public final class Fields {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s;,<>()\"]+@[^@\\s;,<>()\"]+\\.[^@\\s;,<>()\".]{2,}$");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH_DATE_SHORT = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Fields() {
    }

    /** The trimmed text, or {@code null} when blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Lower case without accents nor extra spaces, for case and accent insensitive comparisons. */
    public static String fold(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('\u2019', '\'').replace('\u00a0', ' ')
                .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** A required text of at most {@code max} characters; {@code null} (with a violation) when missing or too long. */
    public static String required(Violations violations, String field, String value, int max) {
        String text = clean(value);
        if (text == null) {
            violations.add(field, "people.field.required");
            return null;
        }
        return bounded(violations, field, text, max);
    }

    /** An optional text of at most {@code max} characters. */
    public static String optional(Violations violations, String field, String value, int max) {
        String text = clean(value);
        return text == null ? null : bounded(violations, field, text, max);
    }

    private static String bounded(Violations violations, String field, String text, int max) {
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            violations.add(field, "people.field.controlCharacter");
            return null;
        }
        if (text.length() > max) {
            violations.add(field, "people.field.tooLong", max);
            return null;
        }
        return text;
    }

    /** An e-mail address, required or not; the address is kept as typed (trimmed). */
    public static String email(Violations violations, String field, String value, boolean required) {
        String text = required ? required(violations, field, value, 200) : optional(violations, field, value, 200);
        if (text != null && !EMAIL.matcher(text).matches()) {
            violations.add(field, "people.field.email");
            return null;
        }
        return text;
    }

    /** A date written dd/MM/yyyy or yyyy-MM-dd. */
    public static LocalDate date(Violations violations, String field, String value, boolean required) {
        String text = clean(value);
        if (text == null) {
            if (required) {
                violations.add(field, "people.field.required");
            }
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            violations.add(field, "people.field.date");
        }
        return date;
    }

    /** The date, or {@code null} when the text is not a date in one of the accepted formats. */
    public static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {FRENCH_DATE, ISO_DATE, FRENCH_DATE_SHORT}) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** A whole number; {@code defaultValue} when blank. */
    public static Integer integer(Violations violations, String field, String value, Integer defaultValue) {
        String text = clean(value);
        if (text == null) {
            return defaultValue;
        }
        String digits = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        if (digits.endsWith(",0") || digits.endsWith(".0")) {
            digits = digits.substring(0, digits.length() - 2);
        }
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            violations.add(field, "people.field.integer");
            return null;
        }
    }

    /** An identifier of a row chosen in a list; {@code null} when none is chosen. */
    public static Long id(Violations violations, String field, String value) {
        String text = clean(value);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            violations.add(field, "people.field.choice");
            return null;
        }
    }

    public static String frenchDate(LocalDate date) {
        return date == null ? "" : FRENCH_DATE.format(date);
    }
}
