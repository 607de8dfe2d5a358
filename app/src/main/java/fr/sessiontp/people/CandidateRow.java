package fr.sessiontp.people;

/**
 * One candidate to import, sent by another system (the REST API): every field as text, checked exactly like a line of
 * an imported file (birth date {@code dd/MM/yyyy} or {@code yyyy-MM-dd}; access route as in the file template;
 * {@code trainer} is a trainer of the centre by name or e-mail, optional).
 */
public record CandidateRow(String birthName, String usageName, String firstNames, String identifier, String birthDate,
                           String email, String accessRoute, String extraTimePercent, String adjustmentNote,
                           String trainer) {
}
