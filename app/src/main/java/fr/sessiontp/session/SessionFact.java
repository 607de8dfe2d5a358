package fr.sessiontp.session;

/**
 * A fact of a session's life, recorded by a named person at a time through {@link SessionGate#record} in the
 * transaction of the action it comes from; the lifecycle gate decides from these facts, never from a status alone.
 */
public enum SessionFact {
    /** O3: the envelopes were checked sealed, with a present candidate as witness. */
    SEAL_CHECKED,
    /** S2: a jury member (subject) was present at the jury's reception. */
    JURY_MEMBER_PRESENT,
    /** O3: the épreuves started. */
    EPREUVES_STARTED,
    /** D8: the responsable countersigned the general PV. */
    GENERAL_PV_COUNTERSIGNED,
    /** A1: the signed PVs were transmitted to the authority. */
    TRANSMITTED,
    /** A1: the authority sent the PVs back for a correction (the countersignature before it no longer closes them). */
    SENT_BACK,
    /** D9: the authority validated the PVs. */
    VALIDATED
}
