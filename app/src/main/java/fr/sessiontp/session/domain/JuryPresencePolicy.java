package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.JuryMemberSummary;
import java.util.Collection;
import java.util.List;

/**
 * S2 — at least two habilitated jury members evaluate; otherwise the session cannot start. A pair is two distinct
 * members habilitated for the title, and a member sits in one pair only.
 */
public final class JuryPresencePolicy {

    public static final int MINIMUM_HABILITATED_MEMBERS = 2;

    /** Forming a pair of {@code a} and {@code b} when the session already has pairs of {@code membersInPairs}. */
    public Decision canFormPair(JuryMemberSummary a, JuryMemberSummary b, Collection<Long> membersInPairs, long titleId) {
        if (a.id() == b.id()) {
            return Decision.refused(RuleId.S2, "session.refusal.S2.sameMember", a.displayName());
        }
        for (JuryMemberSummary member : List.of(a, b)) {
            if (membersInPairs.contains(member.id())) {
                return Decision.refused(RuleId.S2, "session.refusal.S2.alreadyInPair", member.displayName());
            }
        }
        for (JuryMemberSummary member : List.of(a, b)) {
            boolean habilitated = member.habilitations().stream().anyMatch(h -> h.titleId() == titleId);
            if (!habilitated) {
                return Decision.refused(RuleId.S2, "session.refusal.S2.notHabilitated", member.displayName());
            }
        }
        return Decision.allowed();
    }

    /** Whether the session's jury is enough for it to start: two distinct members habilitated over the whole session. */
    public Decision canStart(Collection<JuryMemberSummary> membersInPairs, SessionPeriod period) {
        long habilitated = membersInPairs.stream()
                .filter(m -> m.habilitations().stream()
                        .anyMatch(h -> h.covers(period.titleId(), period.start(), period.end())))
                .map(JuryMemberSummary::id)
                .distinct()
                .count();
        if (habilitated < MINIMUM_HABILITATED_MEMBERS) {
            return Decision.refused(RuleId.S2, "session.refusal.S2.notEnoughJury", habilitated);
        }
        return Decision.allowed();
    }
}
