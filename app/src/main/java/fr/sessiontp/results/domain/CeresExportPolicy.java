package fr.sessiontp.results.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.CandidateOutcome;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.reports.GeneralReportSnapshot;
import fr.sessiontp.reports.GeneralReportSnapshot.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A1, "checked before it is offered": the CERES export of a session is refused, with every problem listed in
 * French, unless the latest general PV is signed by the whole jury and countersigned by the responsable, lists
 * exactly the enrolled candidates, agrees with the jury's decided outcomes, and every awarded code is a certificate of
 * the title and fits the outcome (a partial success has at least one code, a failure or an absence none).
 */
public final class CeresExportPolicy {

    private CeresExportPolicy() {
    }

    /** An enrolled candidate, named as the staff know them. */
    public record Enrolled(long candidateId, String displayName) {
    }

    /**
     * @param cancelled     the session was cancelled
     * @param enrolled      the candidates enrolled in the session now
     * @param report        the latest general PV, if one was prepared
     * @param decided       the jury's decided outcome per candidate id (absent when none is decided)
     * @param titleCode     the session's title code, for the messages
     * @param titleCertificateCodes the codes of every CCP and CCS of the title
     */
    public record Facts(boolean cancelled, List<Enrolled> enrolled, Optional<GeneralReportSnapshot> report,
                        Map<Long, CandidateOutcome> decided, String titleCode, Set<String> titleCertificateCodes) {
    }

    public static Decision check(Facts facts) {
        List<Refusal> problems = new ArrayList<>();
        if (facts.cancelled()) {
            problems.add(refusal("results.refusal.A1.cancelled"));
        }
        if (facts.report().isEmpty()) {
            problems.add(refusal("results.refusal.A1.noReport"));
            for (Enrolled e : facts.enrolled()) {
                if (!facts.decided().containsKey(e.candidateId())) {
                    problems.add(refusal("results.refusal.A1.noOutcome", e.displayName()));
                }
            }
            return new Decision(problems);
        }
        GeneralReportSnapshot report = facts.report().get();
        if (!report.juryComplete()) {
            problems.add(refusal("results.refusal.A1.notSignedByJury", report.version()));
        } else if (!report.countersigned()) {
            problems.add(refusal("results.refusal.A1.notCountersigned", report.version()));
        }
        Set<Long> onReport = new HashSet<>();
        for (Line line : report.lines()) {
            onReport.add(line.candidateId());
        }
        for (Enrolled e : facts.enrolled()) {
            if (!onReport.contains(e.candidateId())) {
                problems.add(refusal("results.refusal.A1.notOnReport", e.displayName(), report.version()));
            }
        }
        Set<Long> enrolled = new HashSet<>();
        facts.enrolled().forEach(e -> enrolled.add(e.candidateId()));
        for (Line line : report.lines()) {
            String name = name(line);
            if (!enrolled.contains(line.candidateId())) {
                problems.add(refusal("results.refusal.A1.notEnrolled", name));
            }
            if (blank(line.identifier()) || blank(line.birthName()) || blank(line.firstNames())) {
                problems.add(refusal("results.refusal.A1.identityIncomplete", name));
            }
            CandidateOutcome decided = facts.decided().get(line.candidateId());
            if (decided == null || decided.outcome() == null) {
                problems.add(refusal("results.refusal.A1.noOutcome", name));
            } else if (decided.outcome() != line.outcome()
                    || !Set.copyOf(decided.awardedCodes()).equals(Set.copyOf(line.awardedCodes()))) {
                problems.add(refusal("results.refusal.A1.differsFromReport", name, report.version()));
            }
            problems.addAll(codeProblems(line, name, facts));
            problems.addAll(sessionTypeProblems(report.sessionType(), line, name));
        }
        return new Decision(problems);
    }

    private static List<Refusal> codeProblems(Line line, String name, Facts facts) {
        List<Refusal> problems = new ArrayList<>();
        Outcome outcome = line.outcome();
        if (outcome == Outcome.PARTIAL_SUCCESS && line.awardedCodes().isEmpty()) {
            problems.add(refusal("results.refusal.A1.partialWithoutCode", name));
        }
        if (outcome == Outcome.SUCCESS && line.awardedCodes().isEmpty()) {
            problems.add(refusal("results.refusal.A1.successWithoutCode", name));
        }
        if ((outcome == Outcome.FAILURE || outcome == Outcome.ABSENT) && !line.awardedCodes().isEmpty()) {
            problems.add(refusal("results.refusal.A1.codesWithoutSuccess", name));
        }
        for (String code : line.awardedCodes()) {
            if (!facts.titleCertificateCodes().contains(code)) {
                problems.add(refusal("results.refusal.A1.codeNotOfTitle", name, code, facts.titleCode()));
            }
        }
        return problems;
    }

    /**
     * X1: what the session type awards. A CCP session awards CCPs, never the title (no Réussite); a CCS session awards
     * the CCS (no Réussite partielle).
     */
    private static List<Refusal> sessionTypeProblems(String sessionType, Line line, String name) {
        if ("CCP".equals(sessionType) && line.outcome() == Outcome.SUCCESS) {
            return List.of(Refusal.of(RuleId.X1, "results.refusal.X1.ccpSessionAwardsNoTitle", name));
        }
        if ("CCS".equals(sessionType) && line.outcome() == Outcome.PARTIAL_SUCCESS) {
            return List.of(Refusal.of(RuleId.X1, "results.refusal.X1.ccsSessionNoPartial", name));
        }
        return List.of();
    }

    /** "BIRTHNAME Firstnames", the way the PV prints a candidate. */
    public static String name(Line line) {
        return (line.birthName() + " " + line.firstNames()).strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Refusal refusal(String code, Object... args) {
        return Refusal.of(RuleId.A1, code, args);
    }
}
