package fr.sessiontp.people;

/**
 * A proctor (surveillant). {@code trainerId} is set when the proctor is also a trainer (S4),
 * {@code managerId} when they are also a session manager (S5).
 */
public record ProctorSummary(long id, long centreId, String lastName, String firstName, Long trainerId, Long managerId) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
