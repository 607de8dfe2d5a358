package fr.sessiontp.reports;

/** A PV's sealed PDF (after its last signature), with a file name and the PDF's SHA-256. */
public record SealedReport(long versionId, String fileName, byte[] pdf, String sha256) {
}
