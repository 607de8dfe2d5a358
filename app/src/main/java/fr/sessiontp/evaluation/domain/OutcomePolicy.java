package fr.sessiontp.evaluation.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.Outcome;
import fr.sessiontp.referential.SessionType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * O2, X1, D3, D4, D5: the outcome follows from the exam day's record and the synthesis grid filled in full.
 * <ul>
 * <li>O2: a candidate the responsable recorded absent is Absent, and only them: the jury neither types nor overrides
 * it.</li>
 * <li>X1 + D4: a certificate is awarded when all its competences are mastered. At a <em>title</em> session every CCP
 * awarded is Réussite (the whole title), some is Réussite partielle with their codes, none is Échec. A <em>CCP</em>
 * session awards certificates, never the title: the CCPs obtained are a Réussite partielle with their codes (never
 * Réussite), none is Échec. A <em>CCS</em> session awards the CCS: Réussite with its code, or Échec.</li>
 * <li>D5: a partial success or a failure needs recommendations.</li>
 * </ul>
 */
public final class OutcomePolicy {

    private OutcomePolicy() {
    }

    /** The outcome the grid implies at a session of this type (only meaningful once the grid is complete). */
    public static Outcome derive(SessionType type, SynthesisGrid grid) {
        int awarded = grid.awardedCodes().size();
        if (awarded == 0) {
            return Outcome.FAILURE;
        }
        return switch (type) {
            case TITLE -> awarded == grid.blocks().size() ? Outcome.SUCCESS : Outcome.PARTIAL_SUCCESS;
            case CCP -> Outcome.PARTIAL_SUCCESS;
            case CCS -> Outcome.SUCCESS;
        };
    }

    /** The certificate codes the PV ticks for this outcome: those awarded, for a success or a partial success. */
    public static List<String> awardedCodes(Outcome outcome, SynthesisGrid grid) {
        return outcome == Outcome.SUCCESS || outcome == Outcome.PARTIAL_SUCCESS ? grid.awardedCodes() : List.of();
    }

    /** D3: the grid must be complete before an outcome other than Absent. */
    public static Decision gridComplete(SynthesisGrid grid) {
        if (grid.blocks().isEmpty()) {
            return Decision.refused(RuleId.D3, "evaluation.refusal.D3.noCompetences");
        }
        return grid.complete() ? Decision.allowed()
                : Decision.refused(RuleId.D3, "evaluation.refusal.D3.incomplete", grid.missing());
    }

    /**
     * O2 + X1 + D3 + D4 + D5: may the jury confirm this outcome with these awarded codes and recommendations?
     *
     * @param recordedAbsent the responsable recorded the candidate absent on the exam day (conduct module)
     */
    public static Decision confirm(SessionType type, SynthesisGrid grid, Outcome chosen, List<String> chosenCodes,
                                   String recommendations, boolean recordedAbsent) {
        if (recordedAbsent) {
            return chosen == null || chosen == Outcome.ABSENT ? Decision.allowed()
                    : Decision.refused(RuleId.O2, "evaluation.refusal.O2.recordedAbsent");
        }
        if (chosen == null) {
            return Decision.refused(RuleId.D4, "evaluation.refusal.D4.noOutcome");
        }
        if (chosen == Outcome.ABSENT) {
            return Decision.refused(RuleId.O2, "evaluation.refusal.O2.notRecordedAbsent");
        }
        if (type == SessionType.CCP && chosen == Outcome.SUCCESS) {
            return Decision.refused(RuleId.X1, "evaluation.refusal.X1.ccpNeverTheTitle");
        }
        Decision complete = gridComplete(grid);
        if (complete.isRefused()) {
            return complete;
        }
        Outcome derived = derive(type, grid);
        Set<String> expected = new TreeSet<>(derived == Outcome.PARTIAL_SUCCESS ? grid.awardedCodes() : List.of());
        Set<String> given = new TreeSet<>(chosen == Outcome.PARTIAL_SUCCESS ? chosenCodes : List.of());
        if (chosen != derived) {
            return Decision.refused(RuleId.D4, "evaluation.refusal.D4.inconsistent",
                    OutcomeLabels.label(chosen), OutcomeLabels.label(derived));
        }
        if (!expected.equals(given)) {
            return Decision.refused(RuleId.D4, "evaluation.refusal.D4.codes", String.join(", ", expected));
        }
        if ((chosen == Outcome.PARTIAL_SUCCESS || chosen == Outcome.FAILURE) && blank(recommendations)) {
            return Decision.refused(RuleId.D5, "evaluation.refusal.D5.recommendations");
        }
        return Decision.allowed();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
