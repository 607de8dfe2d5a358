package fr.sessiontp.closing.domain;

import fr.sessiontp.session.SessionStatus;
import java.util.List;

/**
 * X7: the CERES-like states of a session, in order, as the ministry's system shows them. The first three follow the
 * session's status: SessionTP has no event for the DTE shipment itself (the DTE are ordered before the candidates are
 * convened, so "DTE envoyé" is reached with the convocations). The last two are recorded facts, never derived: "Résultats
 * saisis" once someone of the centre has recorded the entry of the results in CERES (who, when, the CERES reference,
 * A1), "Validé" once the authority has recorded its validation (D9).
 */
public enum CeresState {
    IN_PREPARATION, DTE_SENT, CONVOCATIONS_SENT, RESULTS_ENTERED, VALIDATED;

    /**
     * The furthest state the session has reached; {@code null} for a cancelled session.
     *
     * @param resultsEntered whether the entry of the results in CERES has been recorded
     */
    public static CeresState of(SessionStatus status, boolean resultsEntered) {
        if (status == SessionStatus.CANCELLED) {
            return null;
        }
        if (validated(status)) {
            return VALIDATED;
        }
        if (resultsEntered) {
            return RESULTS_ENTERED;
        }
        return status == SessionStatus.PLANNED ? IN_PREPARATION : CONVOCATIONS_SENT;
    }

    /** Every state with whether the session has reached it and which one is current, for the progress list. */
    public static List<Step> progress(SessionStatus status, boolean resultsEntered) {
        CeresState current = of(status, resultsEntered);
        return java.util.Arrays.stream(values())
                .map(s -> new Step(s, current != null && reached(s, current, resultsEntered), s == current))
                .toList();
    }

    /** A recorded state is reached only when recorded: a validation without a recorded CERES entry leaves it open. */
    private static boolean reached(CeresState state, CeresState current, boolean resultsEntered) {
        if (state == RESULTS_ENTERED) {
            return resultsEntered;
        }
        return state.ordinal() <= current.ordinal();
    }

    private static boolean validated(SessionStatus status) {
        return status == SessionStatus.VALIDATED || status == SessionStatus.ARCHIVED;
    }

    public record Step(CeresState state, boolean reached, boolean current) {
    }
}
