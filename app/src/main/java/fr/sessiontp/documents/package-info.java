/**
 * The document engine: Thymeleaf templates rendered as HTML pages and as PDF/A-3u files
 * ({@link fr.sessiontp.documents.DocumentRenderer}), and the PAdES electronic seal of a centre applied to those
 * files ({@link fr.sessiontp.documents.DocumentSealer}). Business documents (déroulé, PVs, convocations…) are
 * templates of the modules that own their data; this module only renders and seals them.
 */
package fr.sessiontp.documents;
