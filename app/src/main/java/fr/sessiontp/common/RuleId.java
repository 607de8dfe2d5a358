package fr.sessiontp.common;

/** The stable rule identifiers of the rule catalogue (docs/conformance.md maps each to its code and tests). */
public enum RuleId {
    P1, P2, P3, P4, P5, P6, P7, P8,
    S1, S2, S3, S4, S5, S6, S7,
    O1, O2, O3, O4, O5, O6, O7, O8,
    J1, J2, J3,
    D1, D2, D3, D4, D5, D6, D7, D8, D9, D10,
    A1, A2, A3, A4, A5,
    X1, X2, X3, X4, X5, X6, X7
}
