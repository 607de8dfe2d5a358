package fr.sessiontp.retention.application;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.Evaluations;
import fr.sessiontp.people.CandidateSummary;
import fr.sessiontp.retention.SessionFile;
import fr.sessiontp.retention.domain.DocumentKind;
import fr.sessiontp.retention.domain.RetentionPolicy;
import fr.sessiontp.retention.persistence.RetentionRepository;
import fr.sessiontp.retention.persistence.RetentionRepository.DestructionRow;
import fr.sessiontp.retention.persistence.RetentionRepository.FileRow;
import fr.sessiontp.retention.persistence.RetentionRepository.KeptRow;
import fr.sessiontp.retention.persistence.RetentionRepository.ReturnRow;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The session file of a session as the page shows it, and the A4 check the closing flow calls. */
@Service
public class SessionFileService implements SessionFile {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One candidate's part of the file: grids held, ECF booklet received, DP return. */
    public record CandidateLine(CandidateSummary candidate, int grids, KeptRow ecfBooklet, ReturnRow portfolio) {
    }

    /** One kind of document of the file, its rule and what happened to it. */
    public record DocumentLine(DocumentKind kind, Integer count, String state) {
    }

    /**
     * The whole session file.
     *
     * @param file      null while the session is not archived
     * @param keptUntil first day the kept documents may be destroyed (A2)
     * @param closing   whether the session may be closed (A4)
     */
    public record Register(SessionView session, FileRow file, LocalDate keptUntil, boolean due,
                           List<CandidateLine> candidates, List<DocumentLine> documents,
                           List<DestructionRow> destructions, Map<Long, String> candidateNames, Decision closing) {
    }

    private final Sessions sessions;
    private final RetentionRepository repository;
    private final Evaluations evaluations;
    private final RetentionPolicy policy;
    private final Clock clock;

    SessionFileService(Sessions sessions, RetentionRepository repository, Evaluations evaluations,
                       RetentionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.repository = repository;
        this.evaluations = evaluations;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Decision mayClose(long sessionId) {
        Optional<SessionView> session = sessions.session(sessionId);
        if (session.isEmpty()) {
            return Decision.refused(RuleId.A4, "retention.refusal.A4.unknownSession");
        }
        Map<Long, ReturnRow> returns = repository.returns(sessionId);
        return policy.mayClose(session.get().candidates().stream().filter(c -> !returns.containsKey(c.id()))
                .map(CandidateSummary::displayName).toList());
    }

    @Transactional(readOnly = true)
    public Register register(SessionView session) {
        long id = session.id();
        Optional<FileRow> file = repository.file(id);
        Map<Long, Integer> grids = evaluations.gridCounts(id);
        Map<Long, KeptRow> booklets = repository.kept(id).stream()
                .filter(k -> k.kind() == DocumentKind.ECF_BOOKLET && k.candidateId() != null)
                .collect(Collectors.toMap(KeptRow::candidateId, Function.identity()));
        Map<Long, ReturnRow> returns = repository.returns(id);
        List<CandidateLine> candidates = session.candidates().stream()
                .map(c -> new CandidateLine(c, grids.getOrDefault(c.id(), 0), booklets.get(c.id()), returns.get(c.id())))
                .toList();
        List<DestructionRow> destructions = repository.destructions(id);
        LocalDate keptUntil = policy.keptUntil(file.map(FileRow::endDate).orElse(session.summary().endDate()));
        boolean purged = file.map(f -> f.purgedAt() != null).orElse(false);
        Map<DocumentKind, Long> destroyedByKind = destructions.stream()
                .collect(Collectors.groupingBy(DestructionRow::kind, Collectors.counting()));
        String keptState = purged ? "destroyed" : "kept";
        List<DocumentLine> documents = List.of(
                new DocumentLine(DocumentKind.EVALUATION_GRIDS, grids.values().stream().mapToInt(Integer::intValue).sum(),
                        keptState),
                new DocumentLine(DocumentKind.ECF_BOOKLET, (int) booklets.values().stream()
                        .filter(b -> b.destroyedAt() == null).count(), keptState),
                new DocumentLine(DocumentKind.PV_COPY, null, "keptByReports"),
                // A3: the productions are destroyed once a destruction is recorded for every candidate
                new DocumentLine(DocumentKind.CANDIDATE_PRODUCTION, null,
                        destroyedByKind.getOrDefault(DocumentKind.CANDIDATE_PRODUCTION, 0L)
                                >= session.candidates().size() ? "destroyed" : "toDestroy"),
                new DocumentLine(DocumentKind.UNUSED_DTE, null,
                        destroyedByKind.containsKey(DocumentKind.UNUSED_DTE) ? "destroyed" : "toDestroy"),
                new DocumentLine(DocumentKind.OTHER_DOCUMENTS, null,
                        destroyedByKind.containsKey(DocumentKind.OTHER_DOCUMENTS) ? "destroyed" : "toDestroy"),
                new DocumentLine(DocumentKind.PORTFOLIO, returns.size(), "returned"));
        Map<Long, String> names = session.candidates().stream()
                .collect(Collectors.toMap(CandidateSummary::id, CandidateSummary::displayName));
        return new Register(session, file.orElse(null), keptUntil,
                !LocalDate.now(clock).isBefore(keptUntil),
                candidates, documents, destructions, names, mayClose(id));
    }

    /** A date as French readers write it (dd/MM/yyyy), or an empty string. */
    public static String french(LocalDate date) {
        return date == null ? "" : FRENCH_DATE.format(date);
    }
}
