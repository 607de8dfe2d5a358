package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.session.SessionStatus;
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

    private final JuryPresencePolicy presence = new JuryPresencePolicy();

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
