package fr.sessiontp.people;

/** A responsable de session of a centre. */
public record SessionManagerSummary(long id, long centreId, String lastName, String firstName, String email) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
