package fr.sessiontp.people.domain;

import java.util.Set;

/**
 * A trainer, proctor or session manager of a centre, with their person. {@code roles} are the roles that person holds
 * (this one included): a proctor who is also a trainer (S4) or a session manager (S5) is one person with two roles.
 */
public record StaffMember(StaffKind kind, long id, long centreId, long personId, String lastName, String firstName,
                          String email, Set<PersonRole> roles) {

    public String displayName() {
        return lastName + " " + firstName;
    }

    /** The person's roles other than this one, for the pages. */
    public Set<PersonRole> otherRoles() {
        return roles.stream().filter(role -> role != PersonRole.of(kind))
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(PersonRole.class)));
    }
}
