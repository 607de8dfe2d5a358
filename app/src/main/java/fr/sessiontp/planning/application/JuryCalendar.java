package fr.sessiontp.planning.application;

import fr.sessiontp.planner.format.Problem;
import fr.sessiontp.planner.format.Solution;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The plan of one jury pair as an iCalendar file (RFC 5545): one event per sitting of the pair (épreuves they
 * evaluate, their tasks), local times in Europe/Paris with its VTIMEZONE, CRLF line ends, lines folded at 75 octets.
 * An event's UID names the sitting by what it is (the pair, the épreuve or task, its candidates), not by when or where
 * it is held, so that it stays the same when the sitting moves; its SEQUENCE, kept by the caller, grows when it changes.
 */
public final class JuryCalendar {

    /** The SEQUENCE of an event, given its UID and a fingerprint of what it says. */
    @FunctionalInterface
    public interface Sequences {
        int of(String uid, String fingerprint);
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private JuryCalendar() {
    }

    public static String write(Problem problem, Solution solution, int pair, String location, Instant now,
                               Sequences sequences) {
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
        Map<String, Integer> occurrences = new HashMap<>();
        for (Solution.Sitting s : solution.sittings()) {
            boolean ours = s.type() == Solution.SittingType.JURY_TASK ? s.pair() != null && s.pair() == pair
                    : s.jury().containsAll(members) && !s.jury().isEmpty();
            if (!ours) {
                continue;
            }
            String what = s.activity() + "-" + (s.candidates().isEmpty() ? "jury"
                    : String.join("-", s.candidates().stream().sorted().toList()));
            int occurrence = occurrences.merge(what, 1, Integer::sum);
            String uid = "session-" + problem.sessionId() + "-binome-" + (pair + 1) + "-" + what + "-" + occurrence
                    + "@sessiontp";
            String summary = DeroulePresenter.label(problem, s);
            String place = s.room() + (location == null ? "" : ", " + location);
            String description = DeroulePresenter.people(problem, s, names);
            String fingerprint = fingerprint(s.day(), s.start(), s.end(), summary, place, description);
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid);
            line(out, "SEQUENCE:" + sequences.of(uid, fingerprint));
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;TZID=Europe/Paris:" + local(s.day(), s.start()));
            line(out, "DTEND;TZID=Europe/Paris:" + local(s.day(), s.end()));
            line(out, "SUMMARY:" + text(summary));
            line(out, "LOCATION:" + text(place));
            line(out, "DESCRIPTION:" + text(description));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String fingerprint(Object... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    Arrays.toString(parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String local(String day, int minutes) {
        return day.replace("-", "") + "T" + String.format("%02d%02d00", minutes / 60, minutes % 60);
    }

    /**
     * A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, any line break as {@code \n}, other
     * control characters left out, so that no stored value can add a line to the file.
     */
    static String text(String value) {
        String escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\\n");
        return escaped.codePoints().filter(c -> c >= 0x20 && c != 0x7F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
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
