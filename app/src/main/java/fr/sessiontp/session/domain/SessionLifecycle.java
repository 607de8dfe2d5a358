package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.JuryMemberSummary;
import fr.sessiontp.security.Role;
import fr.sessiontp.session.SessionAction;
import fr.sessiontp.session.SessionFact;
import fr.sessiontp.session.SessionStatus;
import fr.sessiontp.session.ValidationPath;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The session's one guarded lifecycle: planned → convened → opened → in progress → deliberation → reports signed →
 * transmitted → validated (by the authority; or sent back to reports signed for a correction) → archived, or cancelled
 * before the deliberation. Every move and every gated action of the other modules ({@link SessionAction}) is decided
 * here from the session's recorded facts, its days and today ({@link SessionDay}): opening on a session day with two
 * habilitated jury members in its pairs (O1, S2); the épreuves started on a session day once the envelopes were
 * checked sealed (O3) and two habilitated members were present at the reception (S2); the DTE after the seal check
 * (O5); grids and outcomes once the épreuves started and until the general PV is countersigned (D8) or validated (D9),
 * outcomes and signatures on the last day or after (D4, D6, D8); the transmission after the session's end (A1).
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
     * ARCHIVED (after the validation); the start of the épreuves belongs to the conduct page, after the envelope check
     * (O3).
     */
    private static final Map<SessionStatus, RuleId> FLOW_TARGETS = Map.of(
            SessionStatus.REPORTS_SIGNED, RuleId.D8,
            SessionStatus.TRANSMITTED, RuleId.A1,
            SessionStatus.VALIDATED, RuleId.D9,
            SessionStatus.ARCHIVED, RuleId.X7,
            SessionStatus.IN_PROGRESS, RuleId.O3);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
     * The rules of a move along an edge: opening on a session day with two habilitated jury members over the whole
     * session (O1, S2); the épreuves as {@link SessionAction} START (O3, S2); the deliberation on the last day or after
     * (D4); reports signed once the general PV stands countersigned (D8); the transmission after the end (A1); a
     * cancellation for unsealed envelopes (cause O3) needs its reason written.
     */
    public Decision canMove(SessionStatus from, SessionStatus to, Collection<JuryMemberSummary> membersInPairs,
                            SessionPeriod period, SessionDay day, RuleId cause, String reason) {
        return switch (to) {
            case OPENED -> Decision.all(onSessionDay(day, RuleId.O1, "session.refusal.O1.notSessionDay"),
                    presence.canStart(membersInPairs, period)).firstRefusal().map(Decision::refused)
                    .orElse(Decision.allowed());
            case IN_PROGRESS -> canStartEpreuves(day);
            case DELIBERATION -> day.onOrAfterLastDay() ? Decision.allowed()
                    : Decision.refused(RuleId.D4, "session.refusal.D4.beforeLastDay", format(day.end()));
            case REPORTS_SIGNED -> from != SessionStatus.DELIBERATION || day.countersigned() ? Decision.allowed()
                    : Decision.refused(RuleId.D8, "session.refusal.D8.notCountersigned");
            case TRANSMITTED -> allows(SessionAction.TRANSMIT, day);
            case CANCELLED -> cause == RuleId.O3 && (reason == null || reason.isBlank())
                    ? Decision.refused(RuleId.O3, "session.refusal.O3.reasonRequired") : Decision.allowed();
            default -> Decision.allowed();
        };
    }

    /** O3, S2: the épreuves start on a session day, after the seal check, with two habilitated members present. */
    public Decision canStartEpreuves(SessionDay day) {
        if (!day.has(SessionFact.SEAL_CHECKED)) {
            return Decision.refused(RuleId.O3, "session.refusal.O3.sealNotChecked");
        }
        if (day.habilitatedMembersPresent() < JuryPresencePolicy.MINIMUM_HABILITATED_MEMBERS) {
            return Decision.refused(RuleId.S2, "session.refusal.S2.notEnoughPresent", day.habilitatedMembersPresent());
        }
        return onSessionDay(day, RuleId.O3, "session.refusal.O3.notSessionDay");
    }

    /** Whether another module's action is allowed now, with its rule and message when it is not. */
    public Decision allows(SessionAction action, SessionDay day) {
        return switch (action) {
            case HAND_DTE -> !day.has(SessionFact.SEAL_CHECKED)
                    ? Decision.refused(RuleId.O5, "session.refusal.O5.sealNotChecked")
                    : onSessionDay(day, RuleId.O5, "session.refusal.O5.notSessionDay");
            case RECORD_GRID -> editable(day, RuleId.D3);
            case DECIDE_OUTCOME -> Decision.all(editable(day, RuleId.D4), day.onOrAfterLastDay() ? Decision.allowed()
                    : Decision.refused(RuleId.D4, "session.refusal.D4.beforeLastDay", format(day.end())))
                    .firstRefusal().map(Decision::refused).orElse(Decision.allowed());
            case SIGN_PV -> signable(day, RuleId.D6);
            case COUNTERSIGN_PV -> signable(day, RuleId.D8);
            case TRANSMIT -> day.afterEnd() ? Decision.allowed()
                    : Decision.refused(RuleId.A1, "session.refusal.A1.beforeEnd", format(day.end()));
        };
    }

    /** Grids and outcomes: after the start of the épreuves, until the countersignature (D8) or the validation (D9). */
    private static Decision editable(SessionDay day, RuleId rule) {
        if (day.has(SessionFact.VALIDATED)) {
            return Decision.refused(RuleId.D9, "session.refusal.D9.validated");
        }
        if (day.countersigned()) {
            return Decision.refused(RuleId.D8, "session.refusal.D8.countersigned");
        }
        if (!day.has(SessionFact.EPREUVES_STARTED)) {
            return Decision.refused(rule, "session.refusal.epreuvesNotStarted");
        }
        return Decision.allowed();
    }

    /** A signature is dated the day it is made: on the session's last day or after, and never after the validation. */
    private static Decision signable(SessionDay day, RuleId rule) {
        if (day.has(SessionFact.VALIDATED)) {
            return Decision.refused(RuleId.D9, "session.refusal.D9.validated");
        }
        return day.onOrAfterLastDay() ? Decision.allowed()
                : Decision.refused(rule, "session.refusal.signBeforeLastDay", format(day.end()));
    }

    private static Decision onSessionDay(SessionDay day, RuleId rule, String code) {
        return day.onSessionDay() ? Decision.allowed()
                : Decision.refused(rule, code, format(day.start()), format(day.end()), format(day.today()));
    }

    private static String format(LocalDate date) {
        return DAY.format(date);
    }
}
