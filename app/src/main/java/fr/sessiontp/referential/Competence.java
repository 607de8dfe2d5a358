package fr.sessiontp.referential;

/** One skill of a certificate, judged mastered or not in the synthesis grid. */
public record Competence(long id, String label, int position) {
}
