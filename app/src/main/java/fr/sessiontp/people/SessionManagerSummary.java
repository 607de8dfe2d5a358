package fr.sessiontp.people;

/** A responsable de session of a centre; {@code personId} is who they are (S5 compares persons). */
public record SessionManagerSummary(long id, long centreId, long personId, String lastName, String firstName,
                                    String email) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
