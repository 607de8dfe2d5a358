package fr.sessiontp.reports.application;

import fr.sessiontp.common.Decision;
import fr.sessiontp.reports.persistence.ReportRepository.LineRow;
import fr.sessiontp.reports.persistence.ReportRepository.SignatureRow;
import fr.sessiontp.reports.persistence.ReportRepository.VersionRow;
import java.util.List;

/**
 * One version of a PV with its lines and signatures, and what the current user may do with it.
 *
 * @param requiredJury the jury members who must sign (D6: the pair; D7: every pair), with whether they have
 * @param accreditationName S7: allowed when the countersigning responsable is the one on the accreditation
 * @param dreetsMailto the prepared e-mail to the DREETS when the names differ (S7), else null
 */
public record ReportView(VersionRow version, List<LineRow> lines, List<SignatureRow> signatures,
                         List<Signer> requiredJury, boolean latest, Long latestId, boolean mayJurySign,
                         boolean mayCountersign, Decision accreditationName, String dreetsMailto,
                         String dreetsBody) {

    public record Signer(long juryMemberId, String name, Integer pairPosition, SignatureRow signature) {
        public boolean signed() {
            return signature != null;
        }
    }

    public boolean juryComplete() {
        return requiredJury.stream().allMatch(Signer::signed);
    }

    public SignatureRow countersignature() {
        return signatures.stream().filter(s -> s.signerKind().equals("MANAGER")).findFirst().orElse(null);
    }

    /** DRAFT, JURY_SIGNING, SIGNED_BY_JURY or COUNTERSIGNED. */
    public String state() {
        if (countersignature() != null) {
            return "COUNTERSIGNED";
        }
        if (juryComplete()) {
            return "SIGNED_BY_JURY";
        }
        return signatures.isEmpty() ? "DRAFT" : "JURY_SIGNING";
    }
}
