package fr.sessiontp.results.application;

import fr.sessiontp.common.Messages;
import fr.sessiontp.documents.DocumentMeta;
import fr.sessiontp.documents.DocumentRenderer;
import fr.sessiontp.referential.Certificate;
import fr.sessiontp.referential.Referential;
import fr.sessiontp.reports.GeneralReportSnapshot;
import fr.sessiontp.reports.GeneralReports;
import fr.sessiontp.results.domain.ResultsBoardPolicy;
import fr.sessiontp.results.domain.ResultsBoardPolicy.BoardEntry;
import fr.sessiontp.session.SessionView;
import fr.sessiontp.session.Sessions;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A5: the public results board of a session, as a page and as a printable PDF/A, once the authority has validated the
 * reports. Only the names of the candidates who earned something and what they earned; never the jury, the failed or
 * absent candidates, or the PV.
 */
@Service
public class ResultsBoard {

    public static final String TEMPLATE = "results/documents/board";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Sessions sessions;
    private final GeneralReports reports;
    private final Referential referential;
    private final DocumentRenderer renderer;
    private final Clock clock;

    ResultsBoard(Sessions sessions, GeneralReports reports, Referential referential, DocumentRenderer renderer,
                 Clock clock) {
        this.sessions = sessions;
        this.reports = reports;
        this.referential = referential;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** What the board shows: the session's public facts and the posted entries. */
    public record Board(long sessionId, String sessionNumber, String titleLine, String centreName,
                        List<BoardEntry> entries) {
    }

    /**
     * The board, or a {@link fr.sessiontp.common.RuleViolationException} (A5) before the reports are validated.
     *
     * @throws NoSuchElementException for an unknown session
     */
    @Transactional(readOnly = true)
    public Board board(long sessionId) {
        SessionView session = sessions.session(sessionId).orElseThrow(() -> new NoSuchElementException("session"));
        Optional<GeneralReportSnapshot> report = reports.latestGeneralReport(sessionId);
        ResultsBoardPolicy.mayPost(session.summary().status(), report).orThrow();
        Map<String, String> names = referential.titleReferentialOfVersion(session.summary().reVersionId())
                .map(t -> t.certificates().stream().collect(Collectors.toMap(Certificate::code, Certificate::name)))
                .orElse(Map.of());
        String titleLabel = Messages.get("results.board.titleEarned", session.title().code(), session.title().name());
        List<BoardEntry> entries = ResultsBoardPolicy.entries(report.get(), names, titleLabel);
        String titleLine = Messages.get("results.board.titleLine", session.title().displayName(),
                FRENCH_DATE.format(session.summary().startDate()), FRENCH_DATE.format(session.summary().endDate()));
        return new Board(sessionId, session.summary().number(), titleLine, session.centre().name(), entries);
    }

    /** The board as a PDF/A-3u file to print and post. */
    @Transactional(readOnly = true)
    public byte[] pdf(long sessionId) {
        Board board = board(sessionId);
        DocumentMeta meta = DocumentMeta.french(Messages.get("results.board.documentTitle", board.sessionNumber()),
                board.centreName(), Messages.get("results.board.subject"), clock.instant());
        return renderer.renderPdf(TEMPLATE, Map.of("board", board), meta);
    }
}
