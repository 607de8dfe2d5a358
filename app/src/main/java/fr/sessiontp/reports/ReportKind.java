package fr.sessiontp.reports;

/** The individual PV of one candidate, or the general PV of the session. */
public enum ReportKind {
    INDIVIDUAL, GENERAL
}
