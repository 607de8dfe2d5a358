package fr.sessiontp.documents;

/**
 * Applies a centre's electronic seal to a PDF: a PAdES signature (sub-filter {@code ETSI.CAdES.detached},
 * SHA-256, the centre's own self-signed certificate) added by an incremental update, so the bytes of the
 * original document, and its PDF/A conformance, are kept. The first seal of a centre creates its key.
 */
public interface DocumentSealer {

    /** The signature's sub-filter in the PDF: a CAdES detached signature (PAdES baseline). */
    String SUB_FILTER = "ETSI.CAdES.detached";

    /**
     * Seals {@code pdf} with the seal of the request's centre.
     *
     * @return the sealed file and the SHA-256 of its bytes, for the audit trail
     * @throws DocumentException when the file is not a PDF or the centre's key cannot be read
     */
    SealedDocument seal(byte[] pdf, SealRequest request);

    /** The PEM-encoded certificate a centre's seals are checked with (created if the centre has none yet). */
    String certificatePem(long centreId, String centreName);
}
