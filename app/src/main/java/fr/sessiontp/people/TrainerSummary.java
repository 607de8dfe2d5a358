package fr.sessiontp.people;

/** A trainer (formateur) of a centre. */
public record TrainerSummary(long id, long centreId, String lastName, String firstName) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
