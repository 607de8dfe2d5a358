package fr.sessiontp.planning.application;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The plan of one jury pair as an iCalendar file (RFC 5545): one event per sitting of the pair (épreuves they
 * evaluate, their tasks), local times in Europe/Paris with its VTIMEZONE, CRLF line ends, lines folded at 75 octets.
 */
public final class JuryCalendar {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private JuryCalendar() {
    }

    public static String write(Problem problem, Solution solution, int pair, String location, Instant now) {
        Map<String, String> names = DeroulePresenter.names(problem);
        List<String> members = problem.juryPairs().get(pair);
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//SessionTP//Deroule//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("Déroulé " + problem.sessionId() + " – binôme " + (pair + 1)));
        line(out, "X-WR-TIMEZONE:Europe/Paris");
        for (String l : List.of("BEGIN:VTIMEZONE", "TZID:Europe/Paris", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100",
                "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                "END:VTIMEZONE")) {
            line(out, l);
        }
        int n = 0;
        for (Solution.Sitting s : solution.sittings()) {
            boolean ours = s.type() == Solution.SittingType.JURY_TASK ? s.pair() != null && s.pair() == pair
                    : s.jury().containsAll(members) && !s.jury().isEmpty();
            if (!ours) {
                continue;
            }
            n++;
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + problem.sessionId() + "-" + (pair + 1) + "-" + s.activity() + "-" + s.day() + "-"
                    + s.start() + "-" + n + "@sessiontp");
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;TZID=Europe/Paris:" + local(s.day(), s.start()));
            line(out, "DTEND;TZID=Europe/Paris:" + local(s.day(), s.end()));
            line(out, "SUMMARY:" + text(DeroulePresenter.label(problem, s)));
            line(out, "LOCATION:" + text(s.room() + (location == null ? "" : ", " + location)));
            line(out, "DESCRIPTION:" + text(DeroulePresenter.people(problem, s, names)));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String local(String day, int minutes) {
        return day.replace("-", "") + "T" + String.format("%02d%02d00", minutes / 60, minutes % 60);
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (UTF-8, never inside a character), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
