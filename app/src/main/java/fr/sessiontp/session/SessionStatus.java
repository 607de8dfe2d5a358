package fr.sessiontp.session;

/** Where a session is in its life. A session is PLANNED when created. */
public enum SessionStatus {
    PLANNED, OPEN, CLOSED, CANCELLED
}
