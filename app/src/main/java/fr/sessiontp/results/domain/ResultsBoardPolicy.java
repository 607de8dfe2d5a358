package fr.sessiontp.results.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.reports.GeneralReportSnapshot;
import fr.sessiontp.reports.GeneralReportSnapshot.Line;
import fr.sessiontp.session.SessionStatus;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A5: once the authority has validated the PV (session VALIDATED or ARCHIVED), the centre posts the names of the
 * candidates who earned the title, a CCP or a CCS, and what they earned. Never posted: the jury's names, the
 * candidates who failed or were absent, the PV itself (nor identifiers, birth dates, observations).
 */
public final class ResultsBoardPolicy {

    private ResultsBoardPolicy() {
    }

    /** A posted line: the candidate's name and what they earned, in French. */
    public record BoardEntry(String name, List<String> earned) {

        public BoardEntry {
            earned = List.copyOf(earned);
        }
    }

    /** Whether the board may be posted: the reports are validated, and a countersigned general PV exists. */
    public static Decision mayPost(SessionStatus status, Optional<GeneralReportSnapshot> report) {
        if (status != SessionStatus.VALIDATED && status != SessionStatus.ARCHIVED) {
            return Decision.refused(RuleId.A5, "results.refusal.A5.notValidated");
        }
        if (report.isEmpty() || !report.get().countersigned()) {
            return Decision.refused(RuleId.A5, "results.refusal.A5.noReport");
        }
        return Decision.allowed();
    }

    /**
     * The candidates who earned something, sorted by name: a success at a title session earns the title; a success
     * at a CCP or CCS session, or a partial success, earns the awarded certificates. Failures and absences are left out.
     *
     * @param certificateNames the name of each certificate code of the title (codes without a name are shown bare)
     * @param titleLabel       "Titre professionnel TP-… Name", what a title success earns
     */
    public static List<BoardEntry> entries(GeneralReportSnapshot report, Map<String, String> certificateNames,
                                           String titleLabel) {
        List<BoardEntry> entries = new ArrayList<>();
        for (Line line : report.lines()) {
            List<String> earned = new ArrayList<>();
            if (line.outcome() == Outcome.SUCCESS && "TITLE".equals(report.sessionType())) {
                earned.add(titleLabel);
            } else if (line.outcome() == Outcome.SUCCESS || line.outcome() == Outcome.PARTIAL_SUCCESS) {
                for (String code : line.awardedCodes()) {
                    String certificate = certificateNames.get(code);
                    earned.add(certificate == null ? code : code + " " + certificate);
                }
            }
            if (!earned.isEmpty()) {
                entries.add(new BoardEntry(postedName(line), earned));
            }
        }
        Collator collator = Collator.getInstance(Locale.FRANCE);
        entries.sort(Comparator.comparing(BoardEntry::name, collator));
        return entries;
    }

    /** "USAGENAME Firstnames" when a usage name is known, else "BIRTHNAME Firstnames": no identifier, no birth date. */
    static String postedName(Line line) {
        String last = line.usageName() == null || line.usageName().isBlank() ? line.birthName() : line.usageName();
        return (last + " " + line.firstNames()).strip();
    }
}
