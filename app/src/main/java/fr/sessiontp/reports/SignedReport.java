package fr.sessiontp.reports;

import java.time.Instant;

/**
 * The latest version of one PV of a session and its signatures.
 *
 * @param versionId      the version's id, or {@code null} when the PV has not been prepared yet
 * @param candidateId    the candidate of an individual PV, {@code null} for the general PV
 * @param candidateName  the candidate's name for an individual PV, {@code null} for the general PV
 * @param juryComplete   every jury member required by D6 (the pair) or D7 (every pair) has signed
 * @param countersigned  the responsable (or their substitute) has countersigned (D8)
 * @param sealedSha256   the SHA-256 of the sealed PDF after the last signature, {@code null} before any signature
 * @param lastSignedAt   when the last signature was made, {@code null} before any signature
 */
public record SignedReport(Long versionId, ReportKind kind, Long candidateId, String candidateName, int version,
                           boolean juryComplete, boolean countersigned, String contentSha256, String sealedSha256,
                           Instant lastSignedAt) {

    /** Signed by every required jury member and countersigned by the responsable: ready to be transmitted. */
    public boolean fullySigned() {
        return versionId != null && juryComplete && countersigned;
    }
}
