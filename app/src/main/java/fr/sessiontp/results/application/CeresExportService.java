package fr.sessiontp.results.application;

import fr.sessiontp.audit.AuditTrail;
import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.CandidateOutcome;
import fr.sessiontp.evaluation.Evaluations;
import fr.sessiontp.people.PeopleDirectory;
import fr.sessiontp.referential.Certificate;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.reports.GeneralReportSnapshot;
import fr.sessiontp.reports.GeneralReports;
import fr.sessiontp.results.CeresExport;
import fr.sessiontp.results.CeresFile;
import fr.sessiontp.results.CeresRow;
import fr.sessiontp.results.CheckedCeresExport;
import fr.sessiontp.results.domain.CeresExportPolicy;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A1: builds the CERES export from the latest general PV, checks it ({@link CeresExportPolicy}), and writes it as CSV
 * or JSON, each download recorded in the audit trail.
 */
@Service
class CeresExportService implements CeresExport {

    private final Sessions sessions;
    private final GeneralReports reports;
    private final Evaluations evaluations;
    private final PeopleDirectory people;
    private final Referential referential;
    private final AuditTrail audit;
    private final Clock clock;

    CeresExportService(Sessions sessions, GeneralReports reports, Evaluations evaluations, PeopleDirectory people,
                       Referential referential, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.reports = reports;
        this.evaluations = evaluations;
        this.people = people;
        this.referential = referential;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CheckedCeresExport check(long sessionId) {
        SessionView session = sessions.session(sessionId).orElseThrow(() -> new NoSuchElementException("session"));
        Optional<GeneralReportSnapshot> report = reports.latestGeneralReport(sessionId);
        Map<Long, CandidateOutcome> decided = new HashMap<>();
        List<CeresExportPolicy.Enrolled> enrolled = session.candidates().stream()
                .map(c -> new CeresExportPolicy.Enrolled(c.id(), (c.birthName() + " " + c.firstNames()).strip()))
                .toList();
        Set<Long> candidateIds = new java.util.LinkedHashSet<>();
        enrolled.forEach(e -> candidateIds.add(e.candidateId()));
        report.ifPresent(r -> r.lines().forEach(l -> candidateIds.add(l.candidateId())));
        for (long candidateId : candidateIds) {
            evaluations.outcome(sessionId, candidateId).ifPresent(o -> decided.put(candidateId, o));
        }
        Set<String> codes = referential.titleReferentialOfVersion(session.summary().reVersionId())
                .map(t -> t.certificates().stream().map(Certificate::code).collect(Collectors.toSet()))
                .orElse(Set.of());
        Decision check = CeresExportPolicy.check(new CeresExportPolicy.Facts(
                session.summary().status() == SessionStatus.CANCELLED, enrolled, report, decided,
                session.title().code(), codes));
        Map<Long, LocalDate> birthDates = people.birthDates(candidateIds);
        List<CeresRow> rows = report.map(r -> r.lines().stream().map(l -> new CeresRow(r.sessionNumber(),
                r.sessionType(), r.titleCode(), l.candidateId(), l.identifier(), l.birthName(), l.usageName(),
                l.firstNames(), birthDates.get(l.candidateId()), l.accessRoute(), l.outcome(), l.awardedCodes(),
                r.startDate(), r.endDate())).toList()).orElse(List.of());
        CheckedCeresExport.Source source = report.map(r -> new CheckedCeresExport.Source(r.versionId(), r.version(),
                r.contentSha256(), r.countersignedAt())).orElse(null);
        return new CheckedCeresExport(sessionId, session.summary().number(), session.summary().type().name(),
                session.title().code(), session.title().name(), session.centre().name(),
                session.summary().startDate(), session.summary().endDate(), source, rows, check);
    }

    @Override
    @Transactional
    public CeresFile csv(long sessionId) {
        CheckedCeresExport export = checked(sessionId);
        byte[] bytes = CeresFormats.csv(export);
        audited(export, "CSV");
        return new CeresFile("ceres-" + safe(export.sessionNumber()) + ".csv", "text/csv;charset=UTF-8", bytes);
    }

    @Override
    @Transactional
    public CeresFile json(long sessionId) {
        CheckedCeresExport export = checked(sessionId);
        byte[] bytes = CeresFormats.json(export, clock.instant());
        audited(export, "JSON");
        return new CeresFile("ceres-" + safe(export.sessionNumber()) + ".json", "application/json", bytes);
    }

    private CheckedCeresExport checked(long sessionId) {
        CheckedCeresExport export = check(sessionId);
        export.check().orThrow();
        return export;
    }

    private void audited(CheckedCeresExport export, String format) {
        audit.record("results.ceresExported", RuleId.A1, "session", String.valueOf(export.sessionId()),
                "Export CERES (" + format + ") de la session " + export.sessionNumber() + " : "
                        + export.rows().size() + " candidat(s), PV de session version " + export.source().version()
                        + " (SHA-256 " + export.source().contentSha256() + ")");
    }

    private static String safe(String number) {
        return number.replaceAll("[^A-Za-z0-9-]", "");
    }
}
