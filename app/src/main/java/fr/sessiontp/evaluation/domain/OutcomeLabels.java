package fr.sessiontp.evaluation.domain;

import fr.sessiontp.common.Messages;
import fr.sessiontp.evaluation.Outcome;

/** The French wording of outcomes, as on the PV form. */
public final class OutcomeLabels {

    private OutcomeLabels() {
    }

    public static String label(Outcome outcome) {
        return Messages.get("evaluation.outcome." + outcome.name());
    }
}
