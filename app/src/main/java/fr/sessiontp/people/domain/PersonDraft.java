package fr.sessiontp.people.domain;

/** A staff member's validated name and e-mail. */
public record PersonDraft(String lastName, String firstName, String email) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
