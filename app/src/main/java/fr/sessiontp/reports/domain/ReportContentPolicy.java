package fr.sessiontp.reports.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;

/** D4/D10: a PV is prepared only from decided outcomes (every candidate's, for the general PV). */
public final class ReportContentPolicy {

    private ReportContentPolicy() {
    }

    public static Decision outcomesDecided(long undecided) {
        return undecided == 0 ? Decision.allowed()
                : Decision.refused(RuleId.D10, "reports.refusal.D10.undecided", undecided);
    }
}
