package fr.sessiontp.closing.domain;

import fr.sessiontp.common.Decision;
import fr.sessiontp.common.Refusal;
import fr.sessiontp.common.RuleId;
import fr.sessiontp.reports.ReportKind;
import fr.sessiontp.reports.SignedReport;
import fr.sessiontp.session.SessionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closing rules: the signed PVs are transmitted only when every one is signed and countersigned (A1, the centre
 * keeping its copy, X7); only the territorial authority of the centre's region validates them, which releases the
 * results (D9), or sends them back with a reason (A1); the centre archives the session once validated (X7); the
 * centre records the entry of the results in CERES once the PVs are signed (A1).
 */
public final class ClosingPolicy {

    private ClosingPolicy() {
    }

    /** A1: a session with its PVs signed, and every PV (each candidate's, the general one) signed and countersigned. */
    public static Decision mayTransmit(SessionStatus status, List<SignedReport> reports) {
        if (status != SessionStatus.REPORTS_SIGNED) {
            return Decision.refused(RuleId.A1, "closing.refusal.A1.notSigned");
        }
        List<Refusal> refusals = new ArrayList<>();
        for (SignedReport report : reports) {
            if (report.fullySigned()) {
                continue;
            }
            String what = report.kind() == ReportKind.GENERAL ? "closing.refusal.A1.generalUnsigned"
                    : "closing.refusal.A1.individualUnsigned";
            refusals.add(report.kind() == ReportKind.GENERAL ? Refusal.of(RuleId.A1, what)
                    : Refusal.of(RuleId.A1, what, report.candidateName()));
        }
        if (reports.isEmpty()) {
            refusals.add(Refusal.of(RuleId.A1, "closing.refusal.A1.generalUnsigned"));
        }
        return new Decision(refusals);
    }

    /**
     * D9: only a user of the territorial authority, of the centre's region, validates transmitted PVs (which releases
     * the results).
     */
    public static Decision mayValidate(boolean authority, String userRegion, String centreRegion, SessionStatus status) {
        Decision who = mayReview(authority, userRegion, centreRegion, RuleId.D9);
        if (who.isRefused()) {
            return who;
        }
        return status == SessionStatus.TRANSMITTED ? Decision.allowed()
                : Decision.refused(RuleId.D9, "closing.refusal.notTransmitted");
    }

    /**
     * D9: the centre records the authority's validation received outside SessionTP, which releases the results like
     * the validation in the authority's space: the centre's ADMIN, or the session's responsable (or substitute), on a
     * session whose PVs are transmitted and waiting for the authority.
     */
    public static Decision mayRecordOutsideValidation(boolean admin, boolean sessionManager, Long personId,
                                                      Long managerId, Long substituteId, SessionStatus status) {
        boolean responsable = sessionManager && personId != null
                && (personId.equals(managerId) || personId.equals(substituteId));
        if (!admin && !responsable) {
            return Decision.refused(RuleId.D9, "closing.refusal.D9.outsideByCentreOnly");
        }
        return status == SessionStatus.TRANSMITTED ? Decision.allowed()
                : Decision.refused(RuleId.D9, "closing.refusal.notTransmitted");
    }

    /**
     * D9: what the centre enters about the validation received outside SessionTP, field by field (French message keys):
     * the date of the notification (not in the future, not before the session's end), its reference, and the
     * notification as a PDF (a real PDF by its first bytes, at most 5 MB). An empty map: all is well.
     */
    public static Map<String, String> outsideValidationErrors(OutsideValidation input, LocalDate today,
                                                              LocalDate sessionEnd) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.receivedOn() == null) {
            errors.put("receivedOn", "closing.outside.error.dateRequired");
        } else if (input.receivedOn().isAfter(today)) {
            errors.put("receivedOn", "closing.outside.error.dateInFuture");
        } else if (sessionEnd != null && input.receivedOn().isBefore(sessionEnd)) {
            errors.put("receivedOn", "closing.outside.error.dateBeforeEnd");
        }
        String reference = input.reference() == null ? "" : input.reference().strip();
        if (reference.isEmpty()) {
            errors.put("reference", "closing.outside.error.referenceRequired");
        } else if (reference.length() > OutsideValidation.MAX_REFERENCE_LENGTH) {
            errors.put("reference", "closing.outside.error.referenceTooLong");
        }
        byte[] pdf = input.notificationPdf();
        if (pdf == null || pdf.length == 0) {
            errors.put("notification", "closing.outside.error.pdfRequired");
        } else if (pdf.length > OutsideValidation.MAX_PDF_BYTES) {
            errors.put("notification", "closing.outside.error.pdfTooLarge");
        } else if (!isPdf(pdf)) {
            errors.put("notification", "closing.outside.error.notPdf");
        }
        return errors;
    }

    /** A PDF file starts with "%PDF-" (its magic bytes), whatever its name or declared type. */
    static boolean isPdf(byte[] content) {
        byte[] magic = {'%', 'P', 'D', 'F', '-'};
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A1: the authority of the centre's region sends transmitted PVs back for a correction, saying why. */
    public static Decision maySendBack(boolean authority, String userRegion, String centreRegion, SessionStatus status,
                                       String reason) {
        Decision who = mayReview(authority, userRegion, centreRegion, RuleId.A1);
        if (who.isRefused()) {
            return who;
        }
        if (status != SessionStatus.TRANSMITTED) {
            return Decision.refused(RuleId.A1, "closing.refusal.notTransmitted");
        }
        return reason == null || reason.isBlank() ? Decision.refused(RuleId.A1, "closing.refusal.A1.reasonRequired")
                : Decision.allowed();
    }

    /** X7: the centre archives its session (keeping its copy of the PVs) once the authority has validated them. */
    public static Decision mayArchive(SessionStatus status) {
        return status == SessionStatus.VALIDATED ? Decision.allowed()
                : Decision.refused(RuleId.X7, "closing.refusal.X7.notValidated");
    }

    /**
     * A1: the centre records the entry of the results in CERES once the PVs are signed and countersigned (the general
     * PV countersigned, and any time after: transmitted, validated, archived); never for a cancelled session.
     */
    public static Decision mayRecordCeresEntry(SessionStatus status) {
        return switch (status) {
            case REPORTS_SIGNED, TRANSMITTED, VALIDATED, ARCHIVED -> Decision.allowed();
            default -> Decision.refused(RuleId.A1, "closing.refusal.A1.ceresBeforeSignatures");
        };
    }

    private static Decision mayReview(boolean authority, String userRegion, String centreRegion, RuleId rule) {
        if (!authority) {
            return Decision.refused(rule, "closing.refusal.D9.authorityOnly");
        }
        if (userRegion == null || !userRegion.equals(centreRegion)) {
            return Decision.refused(rule, "closing.refusal.D9.otherRegion");
        }
        return Decision.allowed();
    }
}
