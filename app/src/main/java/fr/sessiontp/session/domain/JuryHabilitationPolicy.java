package fr.sessiontp.session.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.people.JuryMemberSummary;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/** X2 — a jury member's habilitation covers the session's title and is valid on every day of the session. */
public final class JuryHabilitationPolicy {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Decision covers(JuryMemberSummary member, SessionPeriod period) {
        boolean covered = member.habilitations().stream()
                .anyMatch(h -> h.covers(period.titleId(), period.start(), period.end()));
        if (covered) {
            return Decision.allowed();
        }
        return Decision.refused(RuleId.X2, "session.refusal.X2.notCovered", member.displayName(),
                FRENCH_DATE.format(period.start()), FRENCH_DATE.format(period.end()));
    }

    public Decision coverAll(Collection<JuryMemberSummary> members, SessionPeriod period) {
        return Decision.all(members.stream().map(m -> covers(m, period)).toArray(Decision[]::new));
    }
}
