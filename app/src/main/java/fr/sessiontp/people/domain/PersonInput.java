package fr.sessiontp.people.domain;

/** A member of a centre's staff (trainer, proctor, session manager) as typed in the form. */
public record PersonInput(String lastName, String firstName, String email) {
}
