package fr.sessiontp.session.web;

import fr.sessiontp.common.Messages;
import fr.sessiontp.referential.SessionType;
import fr.sessiontp.session.SessionDetails;
import fr.sessiontp.session.SessionView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;

/** What a user typed in the session form, kept as text so that bad input is shown back as typed. */
record SessionForm(String titleId, String type, String number, String startDate, String endDate, String managerId,
                   String substituteId) {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    static SessionForm empty() {
        return new SessionForm("", "TITLE", "", "", "", "", "");
    }

    static SessionForm of(SessionView view) {
        return new SessionForm(String.valueOf(view.summary().titleId()), view.summary().type().name(),
                view.summary().number(), view.summary().startDate().toString(), view.summary().endDate().toString(),
                view.manager() == null ? "" : String.valueOf(view.manager().id()),
                view.substitute() == null ? "" : String.valueOf(view.substitute().id()));
    }

    /** The details to give the use case; what cannot be read is reported in {@code errors} and left null. */
    SessionDetails toDetails(Map<String, String> errors) {
        SessionType sessionType = null;
        if (type != null && !type.isBlank()) {
            try {
                sessionType = SessionType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                errors.put("type", Messages.get("session.error.typeRequired"));
            }
        }
        return new SessionDetails(id(titleId, "titleId", "session.error.titleUnknown", errors), sessionType, number,
                date(startDate, "startDate", "session.error.startRequired", errors),
                date(endDate, "endDate", "session.error.endRequired", errors),
                id(managerId, "managerId", "session.error.managerUnknown", errors),
                id(substituteId, "substituteId", "session.error.substituteUnknown", errors));
    }

    private static Long id(String value, String field, String key, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, Messages.get(key));
            return null;
        }
    }

    private static LocalDate date(String value, String field, String key, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, Messages.get(key));
            return null;
        }
    }
}
