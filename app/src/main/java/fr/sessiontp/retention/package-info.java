/**
 * After the session: the session file (dossier de session) the centre keeps and what it destroys. Evaluation grids and
 * ECF booklets are kept 5 years from the session's end, then purged by a background job that several instances may
 * run (A2); at the close (archiving) the candidates' productions, the unused DTEs and every other document are recorded
 * destroyed (A3); every copy of the DP is returned to its candidate, a copy being kept only with the candidate's
 * written authorisation (A4). Public API: {@link fr.sessiontp.retention.SessionFile}, which the closing flow calls
 * before archiving a session.
 */
package fr.sessiontp.retention;
