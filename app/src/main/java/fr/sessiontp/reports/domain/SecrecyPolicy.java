package fr.sessiontp.reports.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import java.util.Collection;

/**
 * D1: a PV carries the jury's deliberation (outcome, CCPs, observations, recommendations). It leaves the jury — to the
 * centre's staff, its copy, the closing page — only once every jury member who must sign it has signed: the candidate's
 * pair for an individual PV (D6), every pair for the general PV (D7).
 */
public final class SecrecyPolicy {

    private SecrecyPolicy() {
    }

    public static Decision mayLeaveTheJury(Collection<Long> requiredJury, Collection<Long> signedJury) {
        return mayLeaveTheJury(!requiredJury.isEmpty() && signedJury.containsAll(requiredJury));
    }

    public static Decision mayLeaveTheJury(boolean juryComplete) {
        return juryComplete ? Decision.allowed() : Decision.refused(RuleId.D1, "reports.refusal.D1.notSignedYet");
    }
}
