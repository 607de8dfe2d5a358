package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
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
                summary(filename, drafts, adjusted));
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
        Map<String, List<StaffMember>> trainersByName = trainersByName(centreId);
        Set<String> existing = candidates.identifiersOfCentre(centreId);
        Map<String, Integer> seen = new HashMap<>();
        List<CandidateDraft> drafts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Spreadsheet.Row row : sheet.rows()) {
            CandidateInput input = new CandidateInput(
                    columns.value(row, "birthName"), columns.value(row, "usageName"), columns.value(row, "firstNames"),
                    columns.value(row, "identifier"), columns.value(row, "birthDate"), columns.value(row, "email"),
                    columns.value(row, "accessRoute"), columns.value(row, "extraTimePercent"),
                    columns.value(row, "adjustmentNote"));
            Long trainerId = null;
            String trainerText = Fields.clean(columns.value(row, "trainer"));
            if (trainerText != null) {
                List<StaffMember> matches = trainersByName.getOrDefault(Fields.fold(trainerText), List.of());
                if (matches.size() == 1) {
                    trainerId = matches.get(0).id();
                } else {
                    errors.add(new ImportError(row.line(), columns.header("trainer"), trainerText, Messages.get(
                            matches.isEmpty() ? "people.import.trainer.unknown" : "people.import.trainer.ambiguous")));
                }
            }
            Validated<CandidateDraft> validated = CandidateRules.validate(input, trainerId, today);
            validated.violations().forEach(v -> errors.add(new ImportError(row.line(), columns.header(v.field()),
                    columns.value(row, v.field()), v.displayMessage())));
            String identifier = Fields.clean(input.identifier());
            if (identifier != null) {
                String key = identifier.toLowerCase();
                Integer firstLine = seen.putIfAbsent(key, row.line());
                if (firstLine != null) {
                    errors.add(new ImportError(row.line(), columns.header("identifier"), identifier,
                            Messages.get("people.import.duplicate.inFile", firstLine)));
                } else if (existing.contains(key)) {
                    errors.add(new ImportError(row.line(), columns.header("identifier"), identifier,
                            Messages.get("people.candidate.identifier.taken")));
                }
            }
            validated.valid().ifPresent(draft -> {
                drafts.add(draft);
                lines.add(row.line());
            });
        }
        if (!errors.isEmpty()) {
            return new Analysis(ImportReport.refused(sheet.rows().size(), errors), List.of(), List.of());
        }
        return new Analysis(new ImportReport(sheet.rows().size(), 0, List.of()), lines, drafts);
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

    private static String summary(String filename, List<CandidateDraft> drafts, List<CandidateDraft> adjusted) {
        StringBuilder text = new StringBuilder("Import de ").append(drafts.size()).append(" candidat(s) depuis le fichier « ")
                .append(filename == null ? "" : filename).append(" » : identifiants ")
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
