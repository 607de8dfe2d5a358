package fr.sessiontp.session.domain;

import fr.sessiontp.session.SessionFact;
import fr.sessiontp.session.SessionStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * What the lifecycle knows of a session when it decides: its status, its days, today by the application's clock, the
 * facts recorded so far (oldest first) and how many of the jury members present at the reception are habilitated for
 * the title over the whole session.
 */
public record SessionDay(SessionStatus status, LocalDate start, LocalDate end, LocalDate today,
                         List<SessionFact> facts, long habilitatedMembersPresent) {

    public SessionDay {
        facts = List.copyOf(facts);
    }

    public boolean has(SessionFact fact) {
        return facts.contains(fact);
    }

    /** The general PV stands countersigned: a countersignature with no send-back after it. */
    public boolean countersigned() {
        int countersigned = facts.lastIndexOf(SessionFact.GENERAL_PV_COUNTERSIGNED);
        return countersigned >= 0 && facts.lastIndexOf(SessionFact.SENT_BACK) < countersigned;
    }

    /** Today is one of the session's days. */
    public boolean onSessionDay() {
        return !today.isBefore(start) && !today.isAfter(end);
    }

    /** Today is the session's last day or later. */
    public boolean onOrAfterLastDay() {
        return !today.isBefore(end);
    }

    /** Today is after the session's last day. */
    public boolean afterEnd() {
        return today.isAfter(end);
    }
}
