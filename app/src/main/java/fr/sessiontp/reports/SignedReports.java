package fr.sessiontp.reports;

import java.util.List;
import java.util.Optional;

/**
 * The signed PVs of a session, for the modules that come after the signatures (transmission to the authority, the
 * centre's copy): the latest version of each PV, whether it is fully signed (every jury signature required by D6/D7
 * and the responsable's countersignature, D8), and its last sealed PDF with the PDF's SHA-256.
 */
public interface SignedReports {

    /**
     * The latest version of every PV the session needs: one individual PV per enrolled candidate (a {@link SignedReport}
     * without version when none was prepared yet) and the general PV, in that order.
     */
    List<SignedReport> latestOf(long sessionId);

    /** The sealed PDF as it stood after the last signature of a version of this session, if it has been signed. */
    Optional<SealedReport> sealedPdf(long sessionId, long versionId);
}
