package fr.sessiontp.session;

/** An action of another module that the session's lifecycle gates ({@link SessionGate#require}). */
public enum SessionAction {
    /** O5: hand a DTE out. */
    HAND_DTE,
    /** D3: record a line of a candidate's grid. */
    RECORD_GRID,
    /** D4: decide (or correct) a candidate's outcome. */
    DECIDE_OUTCOME,
    /** D6, D7: a jury member signs a PV. */
    SIGN_PV,
    /** D8: the responsable countersigns the general PV. */
    COUNTERSIGN_PV,
    /** A1: transmit the signed PVs to the authority. */
    TRANSMIT
}
