package fr.sessiontp.session;

/**
 * D9: how the territorial authority's validation of the transmitted PVs reaches SessionTP. Either way it releases the
 * results; the session's lifecycle checks who may record each path.
 */
public enum ValidationPath {
    /** The authority (DREETS/DDETS) validates in its own space of SessionTP. */
    AUTHORITY_IN_APP,
    /**
     * The authority validated outside SessionTP (in CERES, by its notification); the centre (ADMIN or the session's
     * responsable) records it with the notification's date, reference and PDF.
     */
    RECORDED_BY_CENTRE
}
