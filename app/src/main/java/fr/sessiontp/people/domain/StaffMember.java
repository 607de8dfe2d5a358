package fr.sessiontp.people.domain;

/**
 * A trainer, proctor or session manager of a centre. For a proctor, {@code trainerId} and {@code managerId} tell that
 * the same person is also a trainer (S4) or a session manager (S5); they are {@code null} for the other kinds.
 */
public record StaffMember(StaffKind kind, long id, long centreId, String lastName, String firstName, String email,
                          Long trainerId, Long managerId) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
