package fr.sessiontp.evaluation.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.evaluation.Outcome;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * D3, D4, D5: the outcome follows from the synthesis grid filled in full. A certificate is awarded when all its
 * competences are mastered; every certificate awarded → Réussite; some → Réussite partielle with their codes; none →
 * Échec. Absent is the only outcome without a grid, and needs a note. Partial success and failure need
 * recommendations.
 */
public final class OutcomePolicy {

    private OutcomePolicy() {
    }

    /** The outcome the grid implies (only meaningful once the grid is complete). */
    public static Outcome derive(SynthesisGrid grid) {
        int awarded = grid.awardedCodes().size();
        if (awarded == grid.blocks().size() && awarded > 0) {
            return Outcome.SUCCESS;
        }
        return awarded == 0 ? Outcome.FAILURE : Outcome.PARTIAL_SUCCESS;
    }

    /** D3: the grid must be complete before an outcome other than Absent. */
    public static Decision gridComplete(SynthesisGrid grid) {
        if (grid.blocks().isEmpty()) {
            return Decision.refused(RuleId.D3, "evaluation.refusal.D3.noCompetences");
        }
        return grid.complete() ? Decision.allowed()
                : Decision.refused(RuleId.D3, "evaluation.refusal.D3.incomplete", grid.missing());
    }

    /** D3 + D4 + D5: may the jury confirm this outcome with these awarded codes and recommendations? */
    public static Decision confirm(SynthesisGrid grid, Outcome chosen, List<String> chosenCodes, String recommendations,
                                   String absenceNote) {
        if (chosen == null) {
            return Decision.refused(RuleId.D4, "evaluation.refusal.D4.noOutcome");
        }
        if (chosen == Outcome.ABSENT) {
            return blank(absenceNote) ? Decision.refused(RuleId.D4, "evaluation.refusal.D4.absenceNote")
                    : Decision.allowed();
        }
        Decision complete = gridComplete(grid);
        if (complete.isRefused()) {
            return complete;
        }
        Outcome derived = derive(grid);
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
