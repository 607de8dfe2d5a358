package fr.sessiontp.people.domain;

import fr.sessiontp.people.Habilitation;
import fr.sessiontp.people.JuryMemberSummary;
import java.util.List;

/** A jury member with their habilitations (with the title's code and name, for the pages). */
public record JuryMember(long id, long personId, String lastName, String firstName, String email, String profession, String region,
                         List<HabilitationEntry> habilitations) {

    public JuryMemberSummary summary() {
        List<Habilitation> list = habilitations.stream()
                .map(h -> new Habilitation(h.titleId(), h.validFrom(), h.validUntil())).toList();
        return new JuryMemberSummary(id, lastName, firstName, email, profession, region, list);
    }

    public String displayName() {
        return lastName + " " + firstName;
    }
}
