/**
 * After the signatures: the responsable transmits the signed PVs to the territorial authority of the centre's region
 * within 15 calendar days of the session's end (A1), the centre keeps its copy (X7), the authority validates them —
 * which alone releases the results (D9) — or sends them back with a reason, then the centre archives the session. The
 * closing page shows the deadline and the CERES-like states (X7); the authority has its space and a regional dashboard.
 * No public API: the module reads the session and the signed PVs through {@code Sessions} and {@code SignedReports}.
 */
package fr.sessiontp.closing;
