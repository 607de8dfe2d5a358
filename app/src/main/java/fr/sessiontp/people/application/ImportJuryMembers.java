package fr.sessiontp.people.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Messages;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.domain.Fields;
import fr.sessiontp.people.domain.HabilitationDraft;
import fr.sessiontp.people.domain.HabilitationPolicy;
import fr.sessiontp.people.domain.JuryDirectoryPolicy;
import fr.sessiontp.people.domain.JuryMemberDraft;
import fr.sessiontp.security.CurrentUser;
import fr.sessiontp.people.domain.JuryMemberInput;
import fr.sessiontp.people.domain.JuryMemberRules;
import fr.sessiontp.people.domain.TitleRef;
import fr.sessiontp.people.domain.Validated;
import fr.sessiontp.people.domain.Violations;
import fr.sessiontp.people.persistence.JuryRepository;
import fr.sessiontp.people.persistence.TitleLookup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports jury members and their habilitations from a CSV or XLSX file, one line per habilitation, all or nothing.
 * A member habilitated for several titles appears on several lines with the same e-mail and the same details.
 */
@Service
public class ImportJuryMembers {

    private final JuryRepository jury;
    private final TitleLookup titles;
    private final AuditTrail audit;

    ImportJuryMembers(JuryRepository jury, TitleLookup titles, AuditTrail audit) {
        this.jury = jury;
        this.titles = titles;
        this.audit = audit;
    }

    private record Member(int line, JuryMemberDraft draft, List<HabilitationDraft> habilitations, Map<Long, Integer> titleLines) {
    }

    private record Analysis(ImportReport report, List<Member> members) {
    }

    /** Checks the file and lists the jury members it would add, without saving anything. */
    @Transactional(readOnly = true)
    public ImportPreview preview(CurrentUser actor, String filename, byte[] bytes) {
        Analysis analysis = analyse(actor, filename, bytes);
        Map<Long, String> codes = titles.all().stream().collect(Collectors.toMap(TitleRef::id, TitleRef::code));
        List<ImportPreview.Line> lines = analysis.members().stream()
                .map(m -> new ImportPreview.Line(m.line(), m.draft().displayName(), m.draft().email(),
                        m.draft().profession() + ", " + m.draft().region()
                                + (m.habilitations().isEmpty() ? "" : " ; habilité(e) : " + m.habilitations().stream()
                                .map(h -> codes.get(h.titleId()) + " du " + Fields.frenchDate(h.validFrom()) + " au "
                                        + Fields.frenchDate(h.validUntil()))
                                .collect(Collectors.joining(", ")))))
                .toList();
        return new ImportPreview(analysis.report(), lines);
    }

    /** Imports every jury member of the file with their habilitations, or none when any line is wrong. */
    @Transactional
    public ImportReport importFile(CurrentUser actor, String filename, byte[] bytes) {
        Analysis analysis = analyse(actor, filename, bytes);
        if (!analysis.report().succeeded()) {
            return analysis.report();
        }
        List<Member> members = analysis.members();
        int habilitationCount = 0;
        for (Member member : members) {
            long id = jury.insert(member.draft());
            for (HabilitationDraft habilitation : member.habilitations()) {
                jury.addHabilitation(id, habilitation, actor.username());
                habilitationCount++;
            }
        }
        audit.record("jury.member.imported", RuleId.X2, "jury_member", "import",
                "Import de " + members.size() + " membre(s) de jury et " + habilitationCount + " habilitation(s) depuis le fichier « "
                        + (filename == null ? "" : filename) + " » : "
                        + members.stream().limit(100).map(m -> m.draft().displayName() + " (" + m.draft().email() + ")")
                                .collect(Collectors.joining(", "))
                        + (members.size() > 100 ? "…" : "") + ".");
        return new ImportReport(analysis.report().lines(), members.size(), List.of());
    }

    private Analysis analyse(CurrentUser actor, String filename, byte[] bytes) {
        Spreadsheet sheet;
        try {
            sheet = SpreadsheetReader.read(filename, bytes);
        } catch (UnreadableFileException e) {
            return new Analysis(ImportReport.refused(e.getMessage()), List.of());
        }
        List<ImportError> errors = new ArrayList<>();
        ImportLayout.Located columns = ImportLayout.JURY.locate(sheet.headers(), errors);
        if (!errors.isEmpty()) {
            return new Analysis(ImportReport.refused(sheet.rows().size(), errors), List.of());
        }
        Map<String, TitleRef> titlesByCode = titles.all().stream()
                .collect(Collectors.toMap(t -> t.code().toLowerCase(), Function.identity(), (a, b) -> a));
        Map<String, Member> members = new LinkedHashMap<>();
        for (Spreadsheet.Row row : sheet.rows()) {
            Function<String, String> value = field -> columns.value(row, field);
            Validated<JuryMemberDraft> validated = JuryMemberRules.validate(new JuryMemberInput(value.apply("lastName"),
                    value.apply("firstName"), value.apply("email"), value.apply("profession"), value.apply("region")));
            validated.violations().forEach(v -> errors.add(new ImportError(row.line(), columns.header(v.field()),
                    value.apply(v.field()), v.displayMessage())));
            HabilitationDraft habilitation = habilitation(row, columns, titlesByCode, errors);
            if (!validated.isValid()) {
                continue;
            }
            JuryMemberDraft draft = validated.value();
            // X2: the authority imports the members of its own region only
            var regionDecision = JuryDirectoryPolicy.canDecide(actor, draft.region());
            if (regionDecision.isRefused()) {
                errors.add(new ImportError(row.line(), columns.header("region"), draft.region(),
                        regionDecision.firstRefusal().orElseThrow().displayMessage()));
                continue;
            }
            Member member = members.get(draft.email());
            if (member == null) {
                member = new Member(row.line(), draft, new ArrayList<>(), new HashMap<>());
                members.put(draft.email(), member);
            } else if (!sameDetails(member.draft(), draft)) {
                errors.add(new ImportError(row.line(), columns.header("email"), draft.email(),
                        Messages.get("people.import.jury.conflictingDetails", member.line())));
                continue;
            }
            if (habilitation != null) {
                Integer firstLine = member.titleLines().putIfAbsent(habilitation.titleId(), row.line());
                if (firstLine != null) {
                    errors.add(new ImportError(row.line(), columns.header("titleCode"), value.apply("titleCode"),
                            Messages.get("people.import.duplicate.habilitation", firstLine)));
                } else {
                    member.habilitations().add(habilitation);
                }
            } else if (member.line() != row.line() && Fields.clean(value.apply("titleCode")) == null) {
                errors.add(new ImportError(row.line(), columns.header("email"), draft.email(),
                        Messages.get("people.import.duplicate.inFile", member.line())));
            }
        }
        Set<String> existing = jury.existingEmails(members.keySet());
        for (Member member : members.values()) {
            if (existing.contains(member.draft().email().toLowerCase())) {
                errors.add(new ImportError(member.line(), columns.header("email"), member.draft().email(),
                        Messages.get("people.jury.email.taken")));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(ImportError::line, java.util.Comparator.nullsFirst(Integer::compare)));
            return new Analysis(ImportReport.refused(sheet.rows().size(), errors), List.of());
        }
        return new Analysis(new ImportReport(sheet.rows().size(), 0, List.of()), List.copyOf(members.values()));
    }

    private static boolean sameDetails(JuryMemberDraft a, JuryMemberDraft b) {
        return Fields.fold(a.lastName()).equals(Fields.fold(b.lastName()))
                && Fields.fold(a.firstName()).equals(Fields.fold(b.firstName()))
                && Fields.fold(a.profession()).equals(Fields.fold(b.profession()))
                && Fields.fold(a.region()).equals(Fields.fold(b.region()));
    }

    private static HabilitationDraft habilitation(Spreadsheet.Row row, ImportLayout.Located columns,
                                                  Map<String, TitleRef> titlesByCode, List<ImportError> errors) {
        String code = Fields.clean(columns.value(row, "titleCode"));
        String fromText = columns.value(row, "validFrom");
        String untilText = columns.value(row, "validUntil");
        if (code == null) {
            if (Fields.clean(fromText) != null || Fields.clean(untilText) != null) {
                errors.add(new ImportError(row.line(), columns.header("titleCode"), "", Messages.get("people.import.jury.titleMissing")));
            }
            return null;
        }
        Violations violations = new Violations();
        LocalDate from = Fields.date(violations, "validFrom", fromText, true);
        LocalDate until = Fields.date(violations, "validUntil", untilText, true);
        violations.add("validUntil", HabilitationPolicy.check(from, until));
        TitleRef title = titlesByCode.get(code.toLowerCase());
        if (title == null) {
            errors.add(new ImportError(row.line(), columns.header("titleCode"), code, Messages.get("people.import.jury.titleUnknown")));
        }
        violations.all().forEach(v -> errors.add(new ImportError(row.line(), columns.header(v.field()),
                columns.value(row, v.field()), v.displayMessage())));
        return title == null || !violations.isEmpty() ? null : new HabilitationDraft(title.id(), from, until);
    }
}
