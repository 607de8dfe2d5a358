package fr.sessiontp.referential.application;

import fr.sessiontp.common.Messages;
import fr.sessiontp.referential.CertificateKind;
import fr.sessiontp.referential.EpreuveGrouping;
import fr.sessiontp.referential.NewTitle;
import fr.sessiontp.referential.Presence;
import fr.sessiontp.referential.SessionType;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a title's RE file, JSON or XLSX (docs/referential-import.md), into a {@link NewTitle}. Every value that cannot
 * be read gets a French message naming where it is ({@code épreuve n° 2 (epreuves[1]), champ minutes} or
 * {@code feuille epreuves, ligne 3, colonne minutes}); {@link #rows()} tells each list's rows' places, in order.
 */
final class TitleFileReader {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One record of the file: where it is, and its values by field (text, or a list of texts). */
    record Entry(String where, Map<String, Object> values) {
    }

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, List<String>> rows = new LinkedHashMap<>();

    Map<String, String> errors() {
        return errors;
    }

    /** The place of each row of each list ("certificates", "epreuves", "juryTasks"), in order. */
    Map<String, List<String>> rows() {
        return rows;
    }

    /** The title read from the file, or null when the file could not be read at all (see {@link #errors()}). */
    NewTitle read(String filename, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            errors.put("file", Messages.get("referential.import.empty"));
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            errors.put("file", Messages.get("referential.import.tooLarge"));
            return null;
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        Entry title;
        List<Entry> certificates;
        List<Entry> epreuves;
        List<Entry> tasks;
        try {
            if (zip || name.endsWith(".xlsx")) {
                try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    title = xlsxTitle(book);
                    certificates = xlsxRows(book, "certificates");
                    List<Entry> competences = xlsxRows(book, "competences");
                    epreuves = xlsxRows(book, "epreuves");
                    tasks = xlsxRows(book, "juryTasks");
                    attachCompetences(certificates, competences);
                }
            } else if (name.endsWith(".json") || name.isEmpty() || bytes[0] == '{') {
                JsonNode root = JSON.readTree(bytes);
                if (root == null || !root.isObject()) {
                    errors.put("file", Messages.get("referential.import.notJson"));
                    return null;
                }
                title = new Entry(Messages.get("referential.import.where.title"), jsonValues(root));
                certificates = jsonRows(root, "certificates", "referential.import.where.certificate");
                epreuves = jsonRows(root, "epreuves", "referential.import.where.epreuve");
                tasks = jsonRows(root, "juryTasks", "referential.import.where.task");
            } else {
                errors.put("file", Messages.get("referential.import.type"));
                return null;
            }
        } catch (Exception e) { // a damaged file: its parser's own message is no help to the user
            errors.put("file", Messages.get("referential.import.unreadable"));
            return null;
        }
        rows.put("certificates", certificates.stream().map(Entry::where).toList());
        rows.put("epreuves", epreuves.stream().map(Entry::where).toList());
        rows.put("juryTasks", tasks.stream().map(Entry::where).toList());
        return toTitle(title, certificates, epreuves, tasks);
    }

    // ---- from the entries to the title ----

    private NewTitle toTitle(Entry t, List<Entry> certificates, List<Entry> epreuves, List<Entry> tasks) {
        List<NewTitle.NewCertificate> cs = new ArrayList<>();
        for (Entry c : certificates) {
            cs.add(new NewTitle.NewCertificate(choice(c, "kind", CertificateKind.class), text(c, "code"),
                    text(c, "name"), list(c, "competences")));
        }
        List<NewTitle.NewEpreuve> es = new ArrayList<>();
        for (Entry e : epreuves) {
            es.add(new NewTitle.NewEpreuve(choice(e, "sessionType", SessionType.class), text(e, "code"),
                    text(e, "label"), text(e, "kind"), minutes(e), choice(e, "grouping", EpreuveGrouping.class),
                    integer(e, "groupSize"), choice(e, "presence", Presence.class), text(e, "roomKind"),
                    list(e, "afterEpreuves"), list(e, "afterJuryTasks"), list(e, "guidance")));
        }
        List<NewTitle.NewJuryTask> js = new ArrayList<>();
        for (Entry j : tasks) {
            js.add(new NewTitle.NewJuryTask(choice(j, "sessionType", SessionType.class), text(j, "code"),
                    text(j, "label"), text(j, "kind"), minutes(j), text(j, "roomKind"), list(j, "afterEpreuves"),
                    list(j, "beforeEpreuves")));
        }
        return new NewTitle(text(t, "code"), text(t, "name"), text(t, "reVersion"), date(t, "validFrom"),
                date(t, "validUntil"), bool(t, "requiresOutfit"), bool(t, "trainerAllowedOnPlatform"), cs, es, js);
    }

    private static String text(Entry e, String field) {
        Object v = e.values().get(field);
        if (v instanceof List<?> l) {
            return String.join(",", l.stream().map(String::valueOf).toList());
        }
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private static List<String> list(Entry e, String field) {
        Object v = e.values().get(field);
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        String s = text(e, field);
        if (s == null) {
            return List.of();
        }
        String separator = field.equals("guidance") || field.equals("competences") ? "\\s*[|\\n]\\s*" : "\\s*,\\s*";
        return Arrays.stream(s.split(separator)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private <E extends Enum<E>> E choice(Entry e, String field, Class<E> type) {
        String s = text(e, field);
        if (s == null) {
            return null; // the use case reports the missing value with the others
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException x) {
            error(e, field, Messages.get("referential.import.choice", s,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    private int minutes(Entry e) {
        Integer m = integer(e, "minutes");
        if (m == null && text(e, "minutes") == null) {
            error(e, "minutes", Messages.get("referential.import.minutesRequired"));
        }
        return m == null ? 0 : m;
    }

    private Integer integer(Entry e, String field) {
        String s = text(e, field);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
        } catch (NumberFormatException x) {
            error(e, field, Messages.get("referential.import.integer", s));
            return null;
        }
    }

    private LocalDate date(Entry e, String field) {
        String s = text(e, field);
        if (s == null) {
            return null;
        }
        try {
            if (s.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return LocalDate.of(Integer.parseInt(s.substring(6)), Integer.parseInt(s.substring(3, 5)),
                        Integer.parseInt(s.substring(0, 2)));
            }
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException x) {
            error(e, field, Messages.get("referential.import.date", s));
            return null;
        }
    }

    private boolean bool(Entry e, String field) {
        String s = text(e, field);
        if (s == null) {
            return false;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "oui", "vrai", "1" -> true;
            case "false", "non", "faux", "0" -> false;
            default -> {
                error(e, field, Messages.get("referential.import.bool", s));
                yield false;
            }
        };
    }

    private void error(Entry e, String field, String message) {
        errors.putIfAbsent(e.where() + "." + field, Messages.get("referential.import.at", e.where(), field, message));
    }

    // ---- JSON ----

    private List<Entry> jsonRows(JsonNode root, String list, String whereKey) {
        JsonNode node = root.get(list);
        List<Entry> entries = new ArrayList<>();
        if (node == null || node.isNull()) {
            return entries;
        }
        if (!node.isArray()) {
            errors.put(list, Messages.get("referential.import.notAList", list));
            return entries;
        }
        for (int i = 0; i < node.size(); i++) {
            String where = Messages.get(whereKey, i + 1, list + "[" + i + "]");
            if (!node.get(i).isObject()) {
                errors.put(where, Messages.get("referential.import.at", where, "-", Messages.get("referential.import.notAnObject")));
                entries.add(new Entry(where, Map.of()));
            } else {
                entries.add(new Entry(where, jsonValues(node.get(i))));
            }
        }
        return entries;
    }

    private static Map<String, Object> jsonValues(JsonNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            JsonNode v = field.getValue();
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(item -> items.add(item.isValueNode() ? item.asString() : item.toString()));
                values.put(field.getKey(), items);
            } else if (!v.isNull() && !v.isContainer()) {
                values.put(field.getKey(), v.asString());
            }
        }
        return values;
    }

    // ---- XLSX ----

    private static final DataFormatter FORMAT = new DataFormatter(Locale.FRANCE);

    private Entry xlsxTitle(Workbook book) {
        Sheet sheet = book.getSheet("title");
        Map<String, Object> values = new LinkedHashMap<>();
        if (sheet == null) {
            errors.put("title", Messages.get("referential.import.sheetMissing", "title"));
        } else {
            for (Row row : sheet) {
                String key = cell(row.getCell(0));
                if (!key.isEmpty() && !key.equalsIgnoreCase("field")) {
                    values.put(key, cell(row.getCell(1)));
                }
            }
        }
        return new Entry(Messages.get("referential.import.where.sheet", "title"), values);
    }

    private List<Entry> xlsxRows(Workbook book, String name) {
        Sheet sheet = book.getSheet(name);
        List<Entry> entries = new ArrayList<>();
        if (sheet == null) {
            if (!name.equals("competences")) {
                errors.put(name, Messages.get("referential.import.sheetMissing", name));
            }
            return entries;
        }
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            return entries;
        }
        List<String> columns = new ArrayList<>();
        header.forEach(c -> columns.add(cell(c)));
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                String v = cell(row.getCell(c));
                if (!v.isEmpty() && !columns.get(c).isEmpty()) {
                    values.put(columns.get(c), v);
                }
            }
            if (!values.isEmpty()) {
                entries.add(new Entry(Messages.get("referential.import.where.row", name, r + 1), values));
            }
        }
        return entries;
    }

    private void attachCompetences(List<Entry> certificates, List<Entry> competences) {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (Entry c : competences) {
            String code = text(c, "certificate");
            String label = text(c, "label");
            boolean known = code != null && certificates.stream().anyMatch(k -> code.equalsIgnoreCase(text(k, "code")));
            if (!known) {
                error(c, "certificate", Messages.get("referential.import.unknownCertificate", code == null ? "" : code));
            } else if (label != null) {
                byCode.computeIfAbsent(code.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(label);
            }
        }
        for (int i = 0; i < certificates.size(); i++) {
            Entry c = certificates.get(i);
            String code = text(c, "code");
            List<String> own = code == null ? List.of() : byCode.getOrDefault(code.toUpperCase(Locale.ROOT), List.of());
            if (!own.isEmpty()) {
                Map<String, Object> values = new LinkedHashMap<>(c.values());
                List<String> all = new ArrayList<>(list(c, "competences"));
                all.addAll(own);
                values.put("competences", all);
                certificates.set(i, new Entry(c.where(), values));
            }
        }
    }

    private static String cell(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return FORMAT.formatCellValue(cell).strip();
    }
}
