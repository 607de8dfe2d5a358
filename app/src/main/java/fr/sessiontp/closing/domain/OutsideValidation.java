package fr.sessiontp.closing.domain;

import java.time.LocalDate;

/**
 * D9: the territorial authority's validation of the transmitted PVs, received by the centre outside SessionTP (CERES,
 * mail): when the authority notified it, its reference, and the notification itself as a PDF.
 */
public record OutsideValidation(LocalDate receivedOn, String reference, String fileName, byte[] notificationPdf) {

    /** The largest notification accepted: 5 MB. */
    public static final int MAX_PDF_BYTES = 5 * 1024 * 1024;
    public static final int MAX_REFERENCE_LENGTH = 100;
}
