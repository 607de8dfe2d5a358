package fr.sessiontp.people.domain;

/** A candidate as typed in the form or read from an imported line: every field is text, checked by {@link CandidateRules}. */
public record CandidateInput(String birthName, String usageName, String firstNames, String identifier, String birthDate,
                             String email, String accessRoute, String extraTimePercent, String adjustmentNote) {
}
