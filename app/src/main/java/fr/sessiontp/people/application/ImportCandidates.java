package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.CandidateImport;
import fr.sessiontp.people.CandidateRow;
import fr.sessiontp.people.domain.AccessRoutes;
import fr.sessiontp.people.domain.CandidateDraft;
import fr.sessiontp.people.domain.CandidateInput;
import fr.sessiontp.people.domain.CandidateRules;
import fr.sessiontp.people.domain.Fields;
import fr.sessiontp.people.domain.StaffKind;
import fr.sessiontp.people.domain.StaffMember;
import fr.sessiontp.people.domain.Validated;
import fr.sessiontp.people.persistence.CandidateRepository;
import fr.sessiontp.people.persistence.StaffRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a centre's candidates from a CSV or XLSX file, all or nothing: every line is checked first and every error
 * reported with its line; the candidates are saved, in one transaction, only when no line is wrong.
 */
@Service
public class ImportCandidates {

    private final CandidateRepository candidates;
    private final StaffRepository staff;
    private final AuditTrail audit;
    private final Clock clock;

    ImportCandidates(CandidateRepository candidates, StaffRepository staff, AuditTrail audit, Clock clock) {
        this.candidates = candidates;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    private record Analysis(ImportReport report, List<Integer> lines, List<CandidateDraft> drafts) {
    }

    /** Checks the file and lists what would be imported, without saving anything. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long centreId, String filename, byte[] bytes) {
        Analysis analysis = analyse(centreId, filename, bytes);
        List<ImportPreview.Line> lines = new ArrayList<>();
        for (int i = 0; i < analysis.drafts().size(); i++) {
            CandidateDraft d = analysis.drafts().get(i);
            lines.add(new ImportPreview.Line(analysis.lines().get(i), d.displayName(), d.identifier(),
                    AccessRoutes.label(d.accessRoute()) + (d.extraTimePercent() > 0
                            ? " ; temps majoré " + d.extraTimePercent() + " % (" + d.adjustmentNote() + ")" : "")));
        }
        return new ImportPreview(analysis.report(), analysis.report().succeeded() ? lines : List.of());
    }

    /** Imports every line of the file, or none when any line is wrong; the report lists every error. */
    @Transactional
    public ImportReport importFile(long centreId, String filename, byte[] bytes) {
        Analysis analysis = analyse(centreId, filename, bytes);
        if (!analysis.report().succeeded()) {
            return analysis.report();
        }
        List<CandidateDraft> drafts = analysis.drafts();
        drafts.forEach(draft -> candidates.insert(centreId, draft));
        List<CandidateDraft> adjusted = drafts.stream().filter(d -> d.extraTimePercent() > 0).toList();
        audit.record("candidate.imported", adjusted.isEmpty() ? null : RuleId.X3, "centre", String.valueOf(centreId),
                summary("le fichier « " + (filename == null ? "" : filename) + " »", drafts, adjusted));
        return new ImportReport(analysis.report().lines(), drafts.size(), List.of());
    }

    private Analysis analyse(long centreId, String filename, byte[] bytes) {
        Spreadsheet sheet;
        try {
            sheet = SpreadsheetReader.read(filename, bytes);
        } catch (UnreadableFileException e) {
            return new Analysis(ImportReport.refused(e.getMessage()), List.of(), List.of());
        }
        List<ImportError> errors = new ArrayList<>();
        ImportLayout.Located columns = ImportLayout.CANDIDATES.locate(sheet.headers(), errors);
        if (!errors.isEmpty()) {
            return new Analysis(ImportReport.refused(sheet.rows().size(), errors), List.of(), List.of());
        }
        List<Line> lines = new ArrayList<>();
        for (Spreadsheet.Row row : sheet.rows()) {
            Map<String, String> values = new HashMap<>();
            for (String field : FIELDS) {
                values.put(field, columns.value(row, field));
            }
            lines.add(new Line(row.line(), values));
        }
        return check(centreId, lines, columns::header);
    }

    /** The fields of a candidate's line, by their name in the form and in {@link ImportLayout#CANDIDATES}. */
    static final List<String> FIELDS = List.of("birthName", "usageName", "firstNames", "identifier", "birthDate", "email",
            "accessRoute", "extraTimePercent", "adjustmentNote", "trainer");

    /** One line to import, read from a file or sent by another system: its number and its text values by field. */
    private record Line(int line, Map<String, String> values) {

        String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    /** Checks every line (fields, trainer, duplicates in the lines and in the centre); {@code header} names a field. */
    private Analysis check(long centreId, List<Line> rows, java.util.function.UnaryOperator<String> header) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, List<StaffMember>> trainersByName = trainersByName(centreId);
        Set<String> existing = candidates.identifiersOfCentre(centreId);
        Map<String, Integer> seen = new HashMap<>();
        List<CandidateDraft> drafts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Line row : rows) {
            CandidateInput input = new CandidateInput(
                    row.value("birthName"), row.value("usageName"), row.value("firstNames"),
                    row.value("identifier"), row.value("birthDate"), row.value("email"),
                    row.value("accessRoute"), row.value("extraTimePercent"),
                    row.value("adjustmentNote"));
            Long trainerId = null;
            String trainerText = Fields.clean(row.value("trainer"));
            if (trainerText != null) {
                List<StaffMember> matches = trainersByName.getOrDefault(Fields.fold(trainerText), List.of());
                if (matches.size() == 1) {
                    trainerId = matches.get(0).id();
                } else {
                    errors.add(new ImportError(row.line(), header.apply("trainer"), trainerText, Messages.get(
                            matches.isEmpty() ? "people.import.trainer.unknown" : "people.import.trainer.ambiguous")));
                }
            }
            Validated<CandidateDraft> validated = CandidateRules.validate(input, trainerId, today);
            validated.violations().forEach(v -> errors.add(new ImportError(row.line(), header.apply(v.field()),
                    row.value(v.field()), v.displayMessage())));
            String identifier = Fields.clean(input.identifier());
            if (identifier != null) {
                String key = identifier.toLowerCase();
                Integer firstLine = seen.putIfAbsent(key, row.line());
                if (firstLine != null) {
                    errors.add(new ImportError(row.line(), header.apply("identifier"), identifier,
                            Messages.get("people.import.duplicate.inFile", firstLine)));
                } else if (existing.contains(key)) {
                    errors.add(new ImportError(row.line(), header.apply("identifier"), identifier,
                            Messages.get("people.candidate.identifier.taken")));
                }
            }
            validated.valid().ifPresent(draft -> {
                drafts.add(draft);
                lines.add(row.line());
            });
        }
        if (!errors.isEmpty()) {
            return new Analysis(ImportReport.refused(rows.size(), errors), List.of(), List.of());
        }
        return new Analysis(new ImportReport(rows.size(), 0, List.of()), lines, drafts);
    }

    /**
     * Imports candidates sent as rows (by the REST API), all or nothing like a file: every row is checked first, and
     * the candidates are saved only when no row is wrong. Errors name the row by its index (from 0) and the field.
     */
    @Transactional
    public CandidateImport importRows(long centreId, String source, List<CandidateRow> rows) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CandidateRow r = rows.get(i);
            Map<String, String> values = new HashMap<>();
            values.put("birthName", r.birthName());
            values.put("usageName", r.usageName());
            values.put("firstNames", r.firstNames());
            values.put("identifier", r.identifier());
            values.put("birthDate", r.birthDate());
            values.put("email", r.email());
            values.put("accessRoute", r.accessRoute());
            values.put("extraTimePercent", r.extraTimePercent());
            values.put("adjustmentNote", r.adjustmentNote());
            values.put("trainer", r.trainer());
            values.replaceAll((field, value) -> value == null ? "" : value);
            lines.add(new Line(i, values));
        }
        Analysis analysis = check(centreId, lines, field -> field);
        if (!analysis.report().succeeded()) {
            return new CandidateImport(List.of(), analysis.report().errors().stream()
                    .map(e -> new CandidateImport.RowError(e.line(), e.column(), e.value(), e.reason())).toList());
        }
        List<CandidateDraft> drafts = analysis.drafts();
        List<Long> ids = candidates.insertAll(centreId, drafts);
        List<CandidateDraft> adjusted = drafts.stream().filter(d -> d.extraTimePercent() > 0).toList();
        audit.record("candidate.imported", adjusted.isEmpty() ? null : RuleId.X3, "centre", String.valueOf(centreId),
                summary(source, drafts, adjusted));
        return new CandidateImport(ids, List.of());
    }

    private Map<String, List<StaffMember>> trainersByName(long centreId) {
        Map<String, List<StaffMember>> byName = new HashMap<>();
        for (StaffMember trainer : staff.ofCentre(StaffKind.TRAINER, centreId)) {
            Set<String> keys = new java.util.HashSet<>(List.of(
                    Fields.fold(trainer.lastName() + " " + trainer.firstName()),
                    Fields.fold(trainer.firstName() + " " + trainer.lastName())));
            if (trainer.email() != null) {
                keys.add(Fields.fold(trainer.email()));
            }
            keys.forEach(key -> byName.computeIfAbsent(key, k -> new ArrayList<>()).add(trainer));
        }
        return byName;
    }

    private static String summary(String origin, List<CandidateDraft> drafts, List<CandidateDraft> adjusted) {
        StringBuilder text = new StringBuilder("Import de ").append(drafts.size()).append(" candidat(s) depuis ")
                .append(origin).append(" : identifiants ")
                .append(drafts.stream().limit(100).map(CandidateDraft::identifier).collect(Collectors.joining(", ")))
                .append(drafts.size() > 100 ? "…" : "").append('.');
        if (!adjusted.isEmpty()) {
            text.append(" Temps majoré décidé par la DDETS (X3) pour ").append(adjusted.size()).append(" candidat(s) : ")
                    .append(adjusted.stream().limit(100)
                            .map(d -> d.identifier() + " " + d.extraTimePercent() + " % (" + d.adjustmentNote() + ")")
                            .collect(Collectors.joining(", ")))
                    .append('.');
        }
        return text.toString();
    }
}
