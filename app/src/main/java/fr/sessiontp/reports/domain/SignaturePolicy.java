package fr.sessiontp.reports.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.reports.ReportKind;
import java.util.Collection;

/**
 * D6, D7, D8: who signs which PV, and in what order. The individual PV is signed only by the members of the pair that
 * evaluated the candidate (D6); the general PV by the members of every pair of the session (D7); then the responsable
 * of the session (or their substitute) countersigns, once every jury signature is there (D8). A signer confirms the
 * content they read (its SHA-256) and signs the latest version only.
 */
public final class SignaturePolicy {

    private SignaturePolicy() {
    }

    public static RuleId juryRule(ReportKind kind) {
        return kind == ReportKind.INDIVIDUAL ? RuleId.D6 : RuleId.D7;
    }

    public static Decision juryMaySign(ReportKind kind, Long juryMemberId, Collection<Long> requiredJury,
                                       Collection<Long> alreadySigned, boolean latest, boolean countersigned) {
        RuleId rule = juryRule(kind);
        if (!latest) {
            return Decision.refused(rule, "reports.refusal.superseded");
        }
        if (juryMemberId == null || !requiredJury.contains(juryMemberId)) {
            return Decision.refused(rule, kind == ReportKind.INDIVIDUAL ? "reports.refusal.D6.notThePair"
                    : "reports.refusal.D7.notInAPair");
        }
        if (alreadySigned.contains(juryMemberId) || countersigned) {
            return Decision.refused(rule, "reports.refusal.alreadySigned");
        }
        return Decision.allowed();
    }

    public static Decision managerMayCountersign(Long managerId, Collection<Long> sessionManagers,
                                                 Collection<Long> requiredJury, Collection<Long> signedJury,
                                                 boolean latest, boolean countersigned) {
        if (!latest) {
            return Decision.refused(RuleId.D8, "reports.refusal.superseded");
        }
        if (managerId == null || !sessionManagers.contains(managerId)) {
            return Decision.refused(RuleId.D8, "reports.refusal.D8.notTheManager");
        }
        if (countersigned) {
            return Decision.refused(RuleId.D8, "reports.refusal.alreadySigned");
        }
        long missing = requiredJury.stream().filter(j -> !signedJury.contains(j)).count();
        if (missing > 0) {
            return Decision.refused(RuleId.D8, "reports.refusal.D8.juryFirst", missing);
        }
        return Decision.allowed();
    }

    /** The signer ticked the confirmation and signs the content shown to them (same SHA-256). */
    public static Decision confirmed(RuleId rule, boolean ticked, String shownSha256, String contentSha256) {
        if (!ticked) {
            return Decision.refused(rule, "reports.refusal.confirm");
        }
        if (!contentSha256.equals(shownSha256)) {
            return Decision.refused(rule, "reports.refusal.changed");
        }
        return Decision.allowed();
    }
}
