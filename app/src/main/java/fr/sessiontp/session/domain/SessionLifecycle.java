package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.security.Role;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.ValidationPath;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The session's state machine: planned → convened → opened → in progress → deliberation → reports signed →
 * transmitted → validated (by the authority; or sent back to reports signed for a correction) → archived, or cancelled before the deliberation. Opening needs two habilitated jury members (S2); a
 * cancellation needs a reason (O3 when the envelopes were not sealed).
 */
public final class SessionLifecycle {

    private static final Map<SessionStatus, Set<SessionStatus>> NEXT = Map.of(
            SessionStatus.PLANNED, EnumSet.of(SessionStatus.CONVENED, SessionStatus.CANCELLED),
            SessionStatus.CONVENED, EnumSet.of(SessionStatus.OPENED, SessionStatus.CANCELLED),
            SessionStatus.OPENED, EnumSet.of(SessionStatus.IN_PROGRESS, SessionStatus.CANCELLED),
            SessionStatus.IN_PROGRESS, EnumSet.of(SessionStatus.DELIBERATION, SessionStatus.CANCELLED),
            SessionStatus.DELIBERATION, EnumSet.of(SessionStatus.REPORTS_SIGNED),
            SessionStatus.REPORTS_SIGNED, EnumSet.of(SessionStatus.TRANSMITTED),
            SessionStatus.TRANSMITTED, EnumSet.of(SessionStatus.VALIDATED, SessionStatus.REPORTS_SIGNED),
            SessionStatus.VALIDATED, EnumSet.of(SessionStatus.ARCHIVED),
            SessionStatus.ARCHIVED, EnumSet.noneOf(SessionStatus.class),
            SessionStatus.CANCELLED, EnumSet.noneOf(SessionStatus.class));

    /**
     * Moves that belong to a flow and are made by that flow's use case only, never from the session page's generic
     * status buttons: the general PV's countersignature (D8) makes REPORTS_SIGNED, the transmission to the authority
     * (A1) TRANSMITTED, the authority's validation (D9, it alone releases the results) VALIDATED, and the closing page
     * ARCHIVED (after the validation).
     */
    private static final Map<SessionStatus, RuleId> FLOW_TARGETS = Map.of(
            SessionStatus.REPORTS_SIGNED, RuleId.D8,
            SessionStatus.TRANSMITTED, RuleId.A1,
            SessionStatus.VALIDATED, RuleId.D9,
            SessionStatus.ARCHIVED, RuleId.X7);

    private final JuryPresencePolicy presence = new JuryPresencePolicy();

    /** Whether a move to {@code to} belongs to a flow (countersignature, transmission, validation, archiving). */
    public static boolean isFlowMove(SessionStatus to) {
        return FLOW_TARGETS.containsKey(to);
    }

    /** The statuses the generic status buttons may offer: the next ones that do not belong to a flow. */
    public List<SessionStatus> manualNext(SessionStatus from) {
        return next(from).stream().filter(s -> !isFlowMove(s)).toList();
    }

    /**
     * A move asked from the generic status route: refused when it belongs to a flow, with the flow's rule (D8
     * countersignature, A1 transmission, D9 validation by the authority only, X7 archiving from the closing page).
     */
    public Decision canMoveByHand(SessionStatus to) {
        RuleId rule = FLOW_TARGETS.get(to);
        return rule == null ? Decision.allowed()
                : Decision.refused(rule, "session.refusal.flowMove." + to.name());
    }

    /**
     * D9: who may move a session to VALIDATED, which releases its results, and by which path: the territorial authority
     * in its own space ({@link ValidationPath#AUTHORITY_IN_APP}), or the centre's staff (ADMIN, the session's
     * responsable) recording the authority's validation received outside SessionTP
     * ({@link ValidationPath#RECORDED_BY_CENTRE}, with the notification's evidence checked by the closing flow). Nobody
     * else, and no path without a named person acting.
     */
    public Decision canValidate(ValidationPath path, Role actor) {
        if (path == null || actor == null) {
            return Decision.refused(RuleId.D9, "session.refusal.D9.authorityOnly");
        }
        return switch (path) {
            case AUTHORITY_IN_APP -> actor == Role.AUTHORITY ? Decision.allowed()
                    : Decision.refused(RuleId.D9, "session.refusal.D9.authorityOnly");
            case RECORDED_BY_CENTRE -> actor == Role.ADMIN || actor == Role.SESSION_MANAGER ? Decision.allowed()
                    : Decision.refused(RuleId.D9, "session.refusal.D9.centreRecordsOutsideValidation");
        };
    }

    /** Whether the graph has an edge from {@code from} to {@code to} (rules aside). */
    public boolean isEdge(SessionStatus from, SessionStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The statuses a session may move to next, in the order of the lifecycle. */
    public List<SessionStatus> next(SessionStatus from) {
        return List.copyOf(NEXT.get(from));
    }

    /**
     * The rules of a move along an edge: opening needs two habilitated jury members over the whole session (S2); a
     * cancellation for unsealed envelopes (cause O3) needs its reason written.
     */
    public Decision canMove(SessionStatus from, SessionStatus to, Collection<JuryMemberSummary> membersInPairs,
                            SessionPeriod period, RuleId cause, String reason) {
        if (to == SessionStatus.OPENED) {
            return presence.canStart(membersInPairs, period);
        }
        if (to == SessionStatus.CANCELLED && cause == RuleId.O3 && (reason == null || reason.isBlank())) {
            return Decision.refused(RuleId.O3, "session.refusal.O3.reasonRequired");
        }
        return Decision.allowed();
    }
}
