/**
 * Procès-verbaux: the individual PV of each candidate and the general PV of the session (D10), frozen in versions,
 * rendered as HTML and PDF/A, signed by the jury pair (D6) or every pair (D7), countersigned by the responsable (D8,
 * with the S7 check of the accreditation's name), sealed with the centre's PAdES seal. Append-only: a correction is a
 * new version that supersedes the old one.
 */
package fr.sessiontp.reports;
