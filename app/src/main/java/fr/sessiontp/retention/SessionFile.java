package fr.sessiontp.retention;

import fr.sessiontp.common.Decision;

/**
 * The retention module's API for the closing flow. Before moving a session to {@code ARCHIVED}, the closing flow calls
 * {@link #mayClose(long)} and refuses the move when it is refused ({@code decision.orThrow()}): the archive is the
 * moment the centre destroys what it does not keep (A3), so every DP must have been returned first (A4).
 */
public interface SessionFile {

    /**
     * Allowed when every enrolled candidate's DP is recorded as returned (A4); refused with A4 and the names of the
     * candidates whose return is missing otherwise. An unknown session is refused too (nothing to close).
     */
    Decision mayClose(long sessionId);
}
