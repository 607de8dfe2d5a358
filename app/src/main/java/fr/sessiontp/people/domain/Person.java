package fr.sessiontp.people.domain;

/**
 * Who holds a role: a person (names, e-mail) of a centre, or of none ({@code centreId} null, e.g. a jury member of the
 * region). A trainer, a proctor, a session manager and a jury member that reference the same person are one human
 * being: the S4 and S5 conflicts follow from it.
 */
public record Person(long id, Long centreId, String lastName, String firstName, String email) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
