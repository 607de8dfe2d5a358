package fr.sessiontp.people;

/**
 * A proctor (surveillant) of a centre. {@code personId} is who they are: the same person may also be a trainer (S4) or
 * a session manager (S5) of the centre, and the session compares persons to apply those rules.
 */
public record ProctorSummary(long id, long centreId, long personId, String lastName, String firstName) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
