package fr.sessiontp.people.domain;

/** A habilitation as typed: the title's id, and the first and last days it is valid. */
public record HabilitationInput(String titleId, String validFrom, String validUntil) {
}
