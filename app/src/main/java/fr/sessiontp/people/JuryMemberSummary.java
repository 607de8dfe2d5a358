package fr.sessiontp.people;

import java.util.List;

/** A habilitated jury member and their habilitations per title (X2). */
public record JuryMemberSummary(long id, String lastName, String firstName, String email, String profession,
                                String region, List<Habilitation> habilitations) {

    public String displayName() {
        return lastName + " " + firstName;
    }
}
