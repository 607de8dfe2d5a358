package fr.sessiontp.reports.application;

import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.reports.SealedReport;
import fr.sessiontp.reports.SignedReport;
import fr.sessiontp.reports.SignedReports;
import fr.sessiontp.reports.domain.SecrecyPolicy;
import fr.sessiontp.reports.persistence.ReportRepository;
import fr.sessiontp.reports.persistence.ReportRepository.SignatureRow;
import fr.sessiontp.reports.persistence.ReportRepository.VersionRow;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link SignedReports} facade: reads the append-only PV tables; "fully signed" as {@link ReportView} says it. */
@Service
@Transactional(readOnly = true)
class SignedReportsService implements SignedReports {

    private final Sessions sessions;
    private final ReportRepository repository;

    SignedReportsService(Sessions sessions, ReportRepository repository) {
        this.sessions = sessions;
        this.repository = repository;
    }

    @Override
    public List<SignedReport> latestOf(long sessionId) {
        SessionView session = sessions.session(sessionId).orElseThrow();
        List<SignedReport> reports = new ArrayList<>();
        for (SessionView.Enrolment e : session.enrolments()) {
            Set<Long> required = e.juryPairId() == null ? Set.of() : session.juryPair(e.juryPairId())
                    .map(p -> p.members().stream().map(JuryMemberSummary::id).collect(Collectors.toSet()))
                    .orElse(Set.of());
            reports.add(report(repository.latest(sessionId, ReportKind.INDIVIDUAL, e.candidate().id()),
                    ReportKind.INDIVIDUAL, e.candidate().id(), e.candidate().displayName(), required));
        }
        Set<Long> everyPair = session.juryPairs().stream().flatMap(p -> p.members().stream())
                .map(JuryMemberSummary::id).collect(Collectors.toSet());
        reports.add(report(repository.latest(sessionId, ReportKind.GENERAL, null), ReportKind.GENERAL, null, null,
                everyPair));
        return List.copyOf(reports);
    }

    /** D6/D7: who must sign this version — the candidate's pair for an individual PV, every pair for the general PV. */
    private Set<Long> requiredJury(long sessionId, VersionRow version) {
        SessionView session = sessions.session(sessionId).orElseThrow();
        if (version.kind() == ReportKind.GENERAL) {
            return session.juryPairs().stream().flatMap(p -> p.members().stream()).map(JuryMemberSummary::id)
                    .collect(Collectors.toSet());
        }
        return session.enrolments().stream()
                .filter(e -> version.candidateId() != null && e.candidate().id() == version.candidateId()
                        && e.juryPairId() != null)
                .findFirst().flatMap(e -> session.juryPair(e.juryPairId()))
                .map(p -> p.members().stream().map(JuryMemberSummary::id).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private SignedReport report(Optional<VersionRow> latest, ReportKind kind, Long candidateId, String candidateName,
                                Set<Long> requiredJury) {
        if (latest.isEmpty()) {
            return new SignedReport(null, kind, candidateId, candidateName, 0, false, false, null, null, null);
        }
        VersionRow version = latest.get();
        List<SignatureRow> signatures = repository.signatures(version.id());
        Set<Long> signedJury = signatures.stream().filter(s -> s.signerKind().equals("JURY"))
                .map(SignatureRow::personId).collect(Collectors.toSet());
        boolean juryComplete = !requiredJury.isEmpty() && signedJury.containsAll(requiredJury);
        boolean countersigned = signatures.stream().anyMatch(s -> s.signerKind().equals("MANAGER"));
        SignatureRow last = signatures.isEmpty() ? null : signatures.get(signatures.size() - 1);
        return new SignedReport(version.id(), kind, candidateId, candidateName, version.version(), juryComplete,
                countersigned, version.contentSha256(), last == null ? null : last.sealedSha256(),
                last == null ? null : last.signedAt());
    }

    @Override
    public Optional<SealedReport> sealedPdf(long sessionId, long versionId) {
        return repository.version(versionId).filter(v -> v.sessionId() == sessionId)
                .flatMap(v -> {
                    List<SignatureRow> signatures = repository.signatures(versionId);
                    Set<Long> signedJury = signatures.stream().filter(s -> s.signerKind().equals("JURY"))
                            .map(SignatureRow::personId).collect(Collectors.toSet());
                    if (SecrecyPolicy.mayLeaveTheJury(requiredJury(sessionId, v), signedJury).isRefused()) {
                        return Optional.empty();
                    }
                    String name = "pv-" + (v.kind() == ReportKind.INDIVIDUAL ? "individuel" : "general") + "-"
                            + v.sessionNumber().replaceAll("[^A-Za-z0-9-]", "")
                            + (v.candidateId() == null ? "" : "-c" + v.candidateId()) + "-v" + v.version() + ".pdf";
                    return repository.lastSealedPdf(versionId).map(pdf -> new SealedReport(versionId, name, pdf,
                            signatures.get(signatures.size() - 1).sealedSha256()));
                });
    }
}
