package fr.sessiontp.reports;

import java.util.List;

/**
 * Checks that every PV version and every signature is as it was written: the version's content (fields and lines) still
 * has the SHA-256 the signers signed, each signature's sealed PDF still has its SHA-256, and the audit trail and the
 * report tables agree (no version or signature inserted, rewritten or deleted behind the application's back).
 * Run by the audit module's verification (admin page, {@code verify-audit}); see docs/security.md.
 */
public interface ReportIntegrity {

    Verification verify();

    /** What was checked and every broken record found. */
    record Verification(long versionsChecked, long signaturesChecked, List<Problem> problems) {

        public Verification {
            problems = List.copyOf(problems);
        }

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /** One broken record: the PV version, the signature when it is one, and a French explanation naming them. */
    record Problem(Kind kind, long versionId, Long signatureId, String message) {
    }

    enum Kind {
        /** The version's fields or lines no longer hash to its content SHA-256. */
        CONTENT_ALTERED,
        /** A signature covers another content SHA-256 than the version's. */
        SIGNED_CONTENT_MISMATCH,
        /** A sealed PDF no longer hashes to its SHA-256. */
        SEALED_PDF_ALTERED,
        /** Signature ranks are not 1, 2, 3…: one was deleted. */
        SIGNATURE_GAP,
        /** A version the audit trail does not know, or whose content differs from what was audited: inserted or rewritten. */
        VERSION_NOT_AUDITED,
        /** A signature the audit trail does not know: inserted or rewritten. */
        SIGNATURE_NOT_AUDITED,
        /** A version the audit trail records but the database no longer holds. */
        VERSION_MISSING,
        /** Signatures the audit trail records but the database no longer holds. */
        SIGNATURE_MISSING
    }
}
