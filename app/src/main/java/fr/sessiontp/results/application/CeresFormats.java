package fr.sessiontp.results.application;

import fr.sessiontp.results.CeresRow;
import fr.sessiontp.results.CheckedCeresExport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a checked export as CSV or JSON, exactly as docs/ceres-export.md describes. */
final class CeresFormats {

    static final String FORMAT = "sessiontp-ceres-results";
    static final int FORMAT_VERSION = 1;
    static final List<String> CSV_HEADER = List.of("numero_session", "type_session", "code_titre", "identifiant",
            "nom_naissance", "nom_usage", "prenoms", "date_naissance", "voie_acces", "resultat", "codes_attribues",
            "date_debut_session", "date_fin_session");

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String BOM = "\uFEFF";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CeresFormats() {
    }

    /** UTF-8 with a byte order mark (French Excel then reads the accents), {@code ;}, CRLF, RFC 4180 quoting. */
    static byte[] csv(CheckedCeresExport export) {
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(';').setQuote('"').setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL).setHeader(CSV_HEADER.toArray(String[]::new)).get();
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (CeresRow r : export.rows()) {
                printer.printRecord(text(r.sessionNumber()), r.sessionType(), text(r.titleCode()), text(r.identifier()),
                        text(r.birthName()), text(r.usageName()), text(r.firstNames()), french(r.birthDate()),
                        route(r), outcome(r), String.join(",", r.awardedCodes()), french(r.startDate()),
                        french(r.endDate()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-8 JSON, without BOM, dates in ISO 8601. */
    static byte[] json(CheckedCeresExport export, java.time.Instant generatedAt) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("generatedAt", generatedAt.toString());
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("number", export.sessionNumber());
        session.put("type", export.sessionType());
        session.put("titleCode", export.titleCode());
        session.put("titleName", export.titleName());
        session.put("centreName", export.centreName());
        session.put("startDate", iso(export.startDate()));
        session.put("endDate", iso(export.endDate()));
        root.put("session", session);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("document", "GENERAL_REPORT");
        source.put("reportVersion", export.source().version());
        source.put("contentSha256", export.source().contentSha256());
        source.put("countersignedAt", export.source().countersignedAt().toString());
        root.put("source", source);
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (CeresRow r : export.rows()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("identifier", r.identifier());
            c.put("birthName", r.birthName());
            c.put("usageName", r.usageName().isBlank() ? null : r.usageName());
            c.put("firstNames", r.firstNames());
            c.put("birthDate", iso(r.birthDate()));
            c.put("accessRoute", route(r));
            c.put("outcome", outcome(r));
            c.put("awardedCodes", r.awardedCodes());
            candidates.add(c);
        }
        root.put("candidates", candidates);
        return JSON.writeValueAsBytes(root);
    }

    static String route(CeresRow r) {
        return switch (r.accessRoute()) {
            case TRAINING -> "FORMATION";
            case VAE -> "VAE";
            case EQUIVALENCE -> "EQUIVALENCE";
        };
    }

    static String outcome(CeresRow r) {
        return switch (r.outcome()) {
            case ABSENT -> "ABSENT";
            case SUCCESS -> "REUSSITE";
            case PARTIAL_SUCCESS -> "REUSSITE_PARTIELLE";
            case FAILURE -> "ECHEC";
        };
    }

    /**
     * The first characters that make a spreadsheet read a cell as a formula: {@code = + - @}, a tab or a carriage return,
     * and the full-width forms {@code ＝ ＋ － ＠} that some spreadsheets fold to them.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    /**
     * A value that a spreadsheet would run as a formula (which no name or identifier legitimately starts like) is
     * prefixed with an apostrophe.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String french(LocalDate date) {
        return date == null ? "" : FRENCH_DATE.format(date);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
