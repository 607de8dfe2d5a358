package fr.sessiontp.people.domain;

/** A jury member as typed in the form or read from an imported line. */
public record JuryMemberInput(String lastName, String firstName, String email, String profession, String region) {
}
