package fr.sessiontp.people;

/**
 * How to reach a candidate: the e-mail address for convocations, and the postal details of the information sheet (O8)
 * to which the diploma is mailed. Every field may be {@code null} until it is known.
 */
public record CandidateContact(String email, String postalAddress, String postalCode, String city, String phone) {
}
