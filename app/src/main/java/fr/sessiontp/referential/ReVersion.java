package fr.sessiontp.referential;

import java.time.Instant;

/**
 * One version of a title's référentiel d'évaluation: its certificates, épreuves and jury tasks. Versions are numbered
 * 1, 2, 3… in the order they were imported; a session keeps the version it was created with.
 *
 * @param label      the RE's own version label, e.g. {@code RE du 12/03/2024}
 * @param importedBy the username who imported it, null for a version created by the title form or the demo
 */
public record ReVersion(long id, long titleId, int number, String label, Instant importedAt, String importedBy) {
}
