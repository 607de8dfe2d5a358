package fr.sessiontp.closing.domain;

import fr.sessiontp.session.SessionStatus;
import java.util.List;

/**
 * X7: the CERES-like states of a session, in order, as the ministry's system shows them, derived from the session's
 * status. SessionTP has no event for the DTE shipment itself: the DTE are ordered before the candidates are convened,
 * so "DTE envoyé" is reached with the convocations. Results are "saisis" once the jury's PVs are signed (general PV
 * countersigned), until the authority validates them.
 */
public enum CeresState {
    IN_PREPARATION, DTE_SENT, CONVOCATIONS_SENT, RESULTS_ENTERED, VALIDATED;

    /** The furthest state the session has reached; {@code null} for a cancelled session. */
    public static CeresState of(SessionStatus status) {
        return switch (status) {
            case PLANNED -> IN_PREPARATION;
            case CONVENED, OPENED, IN_PROGRESS, DELIBERATION -> CONVOCATIONS_SENT;
            case REPORTS_SIGNED, TRANSMITTED -> RESULTS_ENTERED;
            case VALIDATED, ARCHIVED -> VALIDATED;
            case CANCELLED -> null;
        };
    }

    /** Every state with whether the session has reached it and which one is current, for the progress list. */
    public static List<Step> progress(SessionStatus status) {
        CeresState current = of(status);
        return java.util.Arrays.stream(values())
                .map(s -> new Step(s, current != null && s.ordinal() <= current.ordinal(), s == current))
                .toList();
    }

    public record Step(CeresState state, boolean reached, boolean current) {
    }
}
