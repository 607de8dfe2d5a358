package fr.sessiontp.results;

/**
 * The CERES results export of a session (A1), for the results page and the REST API. The rows come from the latest
 * general PV countersigned by the responsable (D8), the authoritative record of the jury's decisions; the check
 * compares them with the jury's decided outcomes, the title's certificates and the PV's signatures. The format is
 * described field by field in {@code docs/ceres-export.md}.
 *
 * <p>Callers scope access themselves (the centre's staff, or the centre's API token): this facade takes a session id.
 * An unknown session throws {@link java.util.NoSuchElementException}.
 */
public interface CeresExport {

    /** The rows and the result of the check; never refuses, so that a page can list the problems. */
    CheckedCeresExport check(long sessionId);

    /**
     * The CSV file (UTF-8 with BOM, {@code ;} separator, header row, RFC 4180 quoting, CRLF), recorded in the audit
     * trail; refused with {@link fr.sessiontp.common.RuleViolationException} (A1, one refusal per problem) when the
     * check fails.
     */
    CeresFile csv(long sessionId);

    /** The JSON document (UTF-8), recorded in the audit trail; refused like {@link #csv(long)}. */
    CeresFile json(long sessionId);
}
