/**
 * After the session: the results export for CERES, checked before it is offered (A1), the public results board once
 * the authority has validated the reports (A5), and the one-year re-sit deadline after a partial success or a failure
 * (X6). The authoritative source is the latest general PV countersigned by the responsable (D8), read through
 * {@link fr.sessiontp.reports.GeneralReports}, cross-checked with the jury's decided outcomes
 * ({@link fr.sessiontp.evaluation.Evaluations}). Other modules (the REST API) use {@link fr.sessiontp.results.CeresExport}.
 */
package fr.sessiontp.results;
