package fr.sessiontp.session;

/**
 * Published in the transaction that moved a session along its lifecycle, after the move was recorded; listeners that
 * must act with the move (e.g. recording destructions when a session is archived) listen within that transaction.
 */
public record SessionStatusChanged(long sessionId, SessionStatus from, SessionStatus to) {
}
