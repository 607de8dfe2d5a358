package fr.sessiontp.people;

/** A trainer (formateur) of a centre; {@code personId} is who they are (S4 compares persons). */
public record TrainerSummary(long id, long centreId, long personId, String lastName, String firstName) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
