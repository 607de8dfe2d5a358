package fr.sessiontp.people.domain;

/** A jury member's validated details. */
public record JuryMemberDraft(String lastName, String firstName, String email, String profession, String region) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
