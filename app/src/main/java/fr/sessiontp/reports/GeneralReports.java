package fr.sessiontp.reports;

import java.util.Optional;

/**
 * The reports module's read API for what comes after the session (CERES export, results board, re-sit deadlines):
 * the latest version of a session's general PV, frozen as it was prepared, with its signature state. The latest
 * version is the authoritative record of the results once the responsable has countersigned it (D8).
 */
public interface GeneralReports {

    /** The latest version of the session's general PV, if one was ever prepared. */
    Optional<GeneralReportSnapshot> latestGeneralReport(long sessionId);
}
