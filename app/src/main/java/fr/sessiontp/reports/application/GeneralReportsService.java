package fr.sessiontp.reports.application;

import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.people.AccessRoute;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.reports.GeneralReportSnapshot;
import fr.sessiontp.reports.GeneralReports;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.reports.persistence.ReportRepository;
import fr.sessiontp.reports.persistence.ReportRepository.SignatureRow;
import fr.sessiontp.reports.persistence.ReportRepository.VersionRow;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the latest general PV version, its lines and its signatures for the modules that come after the session. */
@Service
class GeneralReportsService implements GeneralReports {

    private final ReportRepository repository;
    private final Sessions sessions;

    GeneralReportsService(ReportRepository repository, Sessions sessions) {
        this.repository = repository;
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GeneralReportSnapshot> latestGeneralReport(long sessionId) {
        return repository.latest(sessionId, ReportKind.GENERAL, null).map(this::snapshot);
    }

    private GeneralReportSnapshot snapshot(VersionRow v) {
        List<SignatureRow> signatures = repository.signatures(v.id());
        Set<Long> juryWhoSigned = signatures.stream().filter(s -> s.signerKind().equals("JURY"))
                .map(SignatureRow::personId).collect(Collectors.toSet());
        Instant countersignedAt = signatures.stream().filter(s -> s.signerKind().equals("MANAGER"))
                .map(SignatureRow::signedAt).findFirst().orElse(null);
        Set<Long> required = sessions.session(v.sessionId()).map(SessionView::juryPairs).orElse(List.of()).stream()
                .flatMap(p -> p.members().stream()).map(JuryMemberSummary::id).collect(Collectors.toSet());
        boolean juryComplete = countersignedAt != null || (!required.isEmpty() && juryWhoSigned.containsAll(required));
        List<GeneralReportSnapshot.Line> lines = repository.lines(v.id()).stream()
                .map(l -> new GeneralReportSnapshot.Line(l.candidateId(), l.identifier(), l.birthName(),
                        l.usageName() == null ? "" : l.usageName(), l.firstNames(), AccessRoute.valueOf(l.accessRoute()),
                        Outcome.valueOf(l.outcome()), l.awardedCodes()))
                .toList();
        return new GeneralReportSnapshot(v.id(), v.version(), v.contentSha256(), v.sessionId(), v.sessionNumber(),
                v.sessionType(), v.titleId(), v.titleCode(), v.titleName(), v.centreId(), v.centreName(), v.startDate(),
                v.endDate(), juryWhoSigned.size(), juryComplete, countersignedAt, lines);
    }
}
