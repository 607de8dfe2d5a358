package fr.sessiontp.evaluation.domain;

import fr.sessiontp.common.Messages;
import fr.sessiontp.evaluation.Outcome;

/** The French wording of outcomes, as on the PV form. */
public final class OutcomeLabels {

    private OutcomeLabels() {
    }

    public static String label(Outcome outcome) {
        return Messages.get(switch (outcome) {
            case ABSENT -> "evaluation.outcome.ABSENT";
            case SUCCESS -> "evaluation.outcome.SUCCESS";
            case PARTIAL_SUCCESS -> "evaluation.outcome.PARTIAL_SUCCESS";
            case FAILURE -> "evaluation.outcome.FAILURE";
        });
    }
}
