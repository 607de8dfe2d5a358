package fr.sessiontp.referential.web;

import fr.sessiontp.common.Messages;
import fr.sessiontp.referential.CertificateKind;
import fr.sessiontp.referential.EpreuveGrouping;
import fr.sessiontp.referential.NewTitle;
import fr.sessiontp.referential.Presence;
import fr.sessiontp.referential.SessionType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user typed to create a title: its facts, then its certificates, épreuves and jury tasks one per line, fields
 * separated by "|". Kept as text so that bad input is shown back as typed.
 */
record TitleForm(String code, String name, String reVersion, String validFrom, String validUntil, Boolean requiresOutfit,
                 Boolean trainerAllowedOnPlatform, String certificates, String epreuves, String juryTasks) {

    static TitleForm empty() {
        return new TitleForm("", "", "", "", "", false, false, "", "", "");
    }

    /** The title to create; what cannot be read is reported in {@code errors}, by field, naming the line. */
    NewTitle toNewTitle(Map<String, String> errors) {
        LocalDate from = date(validFrom, "validFrom", errors);
        LocalDate until = date(validUntil, "validUntil", errors);
        List<NewTitle.NewCertificate> certificateList = new ArrayList<>();
        int n = 0;
        for (String line : lines(certificates)) {
            n++;
            String[] f = fields(line);
            if (f.length != 4) {
                errors.putIfAbsent("certificates", Messages.get("referential.form.certificateLine", n));
                continue;
            }
            CertificateKind kind = parse(CertificateKind.class, f[0]);
            if (kind == null) {
                errors.putIfAbsent("certificates", Messages.get("referential.form.certificateLine", n));
                continue;
            }
            certificateList.add(new NewTitle.NewCertificate(kind, f[1].toUpperCase(Locale.ROOT), f[2],
                    Arrays.stream(f[3].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
        }
        List<String[]> taskLines = lines(juryTasks).stream().map(TitleForm::fields).toList();
        Set<String> taskCodes = taskLines.stream().filter(f -> f.length > 1).map(f -> f[1]).collect(Collectors.toSet());
        List<NewTitle.NewEpreuve> epreuveList = new ArrayList<>();
        n = 0;
        for (String line : lines(epreuves)) {
            n++;
            String[] f = fields(line);
            SessionType type = f.length == 8 ? parse(SessionType.class, f[0]) : null;
            Integer minutes = f.length == 8 ? integer(f[3]) : null;
            Presence presence = f.length == 8 ? parse(Presence.class, f[5]) : null;
            String[] grouping = f.length == 8 ? f[4].split(":") : new String[0];
            EpreuveGrouping group = grouping.length > 0 ? parse(EpreuveGrouping.class, grouping[0]) : null;
            Integer size = grouping.length == 2 ? integer(grouping[1]) : null;
            if (type == null || minutes == null || presence == null || group == null
                    || (grouping.length == 2 && size == null)) {
                errors.putIfAbsent("epreuves", Messages.get("referential.form.epreuveLine", n));
                continue;
            }
            List<String> after = codes(f[7]);
            epreuveList.add(new NewTitle.NewEpreuve(type, f[1], f[2], f[1], minutes, group, size, presence, f[6],
                    after.stream().filter(c -> !taskCodes.contains(c)).toList(),
                    after.stream().filter(taskCodes::contains).toList()));
        }
        List<NewTitle.NewJuryTask> taskList = new ArrayList<>();
        n = 0;
        for (String[] f : taskLines) {
            n++;
            SessionType type = f.length == 7 ? parse(SessionType.class, f[0]) : null;
            Integer minutes = f.length == 7 ? integer(f[3]) : null;
            if (type == null || minutes == null) {
                errors.putIfAbsent("juryTasks", Messages.get("referential.form.taskLine", n));
                continue;
            }
            taskList.add(new NewTitle.NewJuryTask(type, f[1], f[2], f[1], minutes, f[4], codes(f[5]), codes(f[6])));
        }
        return new NewTitle(strip(code).toUpperCase(Locale.ROOT), strip(name), strip(reVersion), from, until,
                Boolean.TRUE.equals(requiresOutfit), Boolean.TRUE.equals(trainerAllowedOnPlatform), certificateList,
                epreuveList, taskList);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String[] fields(String line) {
        return Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    }

    private static List<String> codes(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, Messages.get("referential.form.badDate"));
            return null;
        }
    }
}
